import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/sagemaker";

export default defineRule({
    id: "sagemaker-notebook-in-vpc",
    title: "SageMaker notebook instances run in your VPC",
    description:
        "A notebook instance without a subnet runs in a network SageMaker manages, where your security groups, network ACLs, VPC endpoints and flow logs do not apply, so neither what it can reach nor what it sends can be controlled or seen.",
    severity: "medium",
    service: "sagemaker",
    frameworks: {
        "aws-fsbp": ["SageMaker.2"],
        "nist-800-53-r5": ["AC-4", "SC-7"],
    },
    tags: ["network"],
    remediation: "Set `subnetId` to a private subnet of your VPC and `securityGroups` to groups that allow only what the notebook needs.",
    defaultLevel: "advisory",
    messages: {
        noSubnet: "Notebook instance `{{name}}` runs outside your VPC: subnetId is not set.",
    },
    examples: {
        violating: [
            {
                description: "a notebook without a subnet",
                resources: [{ type: "aws:sagemaker/notebookInstance:NotebookInstance", name: "research", props: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::123456789012:role/sagemaker" } }],
            },
        ],
        compliant: [
            {
                description: "a notebook in a private subnet",
                resources: [
                    {
                        type: "aws:sagemaker/notebookInstance:NotebookInstance",
                        name: "research",
                        props: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::123456789012:role/sagemaker", subnetId: "subnet-0a1b2c3d", securityGroups: ["sg-0a1b2c3d"] },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:sagemaker/notebookInstance:NotebookInstance",
    validate(props, ctx) {
        const subnet = props.subnetId;
        if (typeof subnet === "string" && subnet.trim() !== "") return;
        ctx.report({ messageId: "noSubnet", data: { name: ctx.name }, propertyPath: "subnetId" });
    },
});
