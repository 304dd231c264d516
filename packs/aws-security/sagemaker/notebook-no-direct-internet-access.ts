import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/aws/sagemaker";

export default requireSetting({
    id: "sagemaker-notebook-no-direct-internet-access",
    title: "SageMaker notebook instances have no direct internet access",
    description:
        "A notebook instance with direct internet access gets a network interface that SageMaker connects straight to the internet, outside your VPC's security groups, routes and flow logs. Notebooks hold data scientists' credentials and training data, so that path is an easy way for data to leave unseen. SageMaker turns direct access on unless it is switched off.",
    severity: "high",
    service: "sagemaker",
    frameworks: {
        "aws-fsbp": ["SageMaker.1"],
        "nist-800-53-r5": ["AC-4", "SC-7"],
    },
    tags: ["exposure", "network"],
    remediation:
        'Set `directInternetAccess: "Disabled"` with a `subnetId` and `securityGroups` of your VPC; reach the internet, if the notebook must, through a NAT gateway whose traffic your VPC controls and logs.',
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a notebook left with the default direct internet access",
                resources: [{ type: "aws:sagemaker/notebookInstance:NotebookInstance", name: "research", props: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::123456789012:role/sagemaker" } }],
            },
        ],
        compliant: [
            {
                description: "a notebook in a private subnet without direct internet access",
                resources: [
                    {
                        type: "aws:sagemaker/notebookInstance:NotebookInstance",
                        name: "research",
                        props: {
                            instanceType: "ml.t3.medium",
                            roleArn: "arn:aws:iam::123456789012:role/sagemaker",
                            subnetId: "subnet-0a1b2c3d",
                            securityGroups: ["sg-0a1b2c3d"],
                            directInternetAccess: "Disabled",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:sagemaker/notebookInstance:NotebookInstance",
    path: ["directInternetAccess"],
    expected: "Disabled",
    message: (ctx, value) =>
        `Notebook instance \`${ctx.name}\` has direct internet access: directInternetAccess is ${value === undefined || value === null ? 'not set, and defaults to "Enabled"' : `"${String(value)}"`}.`,
});
