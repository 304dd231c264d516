import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/sagemaker";

export default defineRule({
    id: "sagemaker-notebook-kms-encryption",
    title: "SageMaker notebook storage is encrypted with your KMS key",
    description:
        "A notebook's storage volume holds datasets, credentials cached by tools and work in progress. Without a KMS key of yours it is encrypted with a key SageMaker owns, so you can neither restrict who may decrypt it nor revoke access or see its use in CloudTrail.",
    severity: "low",
    service: "sagemaker",
    frameworks: {
        "nist-800-53-r5": ["SC-12", "SC-28"],
    },
    tags: ["encryption", "data"],
    remediation: "Set `kmsKeyId` to a customer-managed KMS key whose key policy lets the notebook's execution role use it.",
    defaultLevel: "advisory",
    messages: {
        noKey: "Notebook instance `{{name}}` encrypts its storage with a key SageMaker owns: kmsKeyId is not set.",
    },
    examples: {
        violating: [
            {
                description: "a notebook without a KMS key",
                resources: [{ type: "aws:sagemaker/notebookInstance:NotebookInstance", name: "research", props: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::123456789012:role/sagemaker" } }],
            },
        ],
        compliant: [
            {
                description: "a notebook encrypted with a customer-managed key",
                resources: [
                    {
                        type: "aws:sagemaker/notebookInstance:NotebookInstance",
                        name: "research",
                        props: {
                            instanceType: "ml.t3.medium",
                            roleArn: "arn:aws:iam::123456789012:role/sagemaker",
                            kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:sagemaker/notebookInstance:NotebookInstance",
    validate(props, ctx) {
        const key = props.kmsKeyId;
        if (typeof key === "string" && key.trim() !== "") return;
        ctx.report({ messageId: "noKey", data: { name: ctx.name }, propertyPath: "kmsKeyId" });
    },
});
