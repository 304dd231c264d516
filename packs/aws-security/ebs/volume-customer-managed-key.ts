import { defineRule } from "../../../src";
import { kmsKeyReference } from "../lib/kms-keys";
import type {} from "../../../src/types/aws/ebs";

export default defineRule({
    id: "ebs-volume-customer-managed-key",
    title: "EBS volumes are encrypted with a customer managed KMS key",
    description:
        "A volume encrypted with the AWS managed aws/ebs key can be read by anyone in the account allowed to attach it or copy its snapshots: that key's policy cannot be narrowed, and it cannot be shared across accounts. A customer managed key puts the volume and every snapshot taken from it behind a key policy you control, which you can audit, restrict and revoke. An AWS managed alias (alias/aws/ebs) given as kmsKeyId counts as no customer key.",
    severity: "low",
    service: "ebs",
    frameworks: {
        "nist-800-53-r5": ["SC-12", "SC-28"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `encrypted: true` and `kmsKeyId` to the ARN of a customer managed key, e.g. `kmsKeyId: key.arn` for an `aws.kms.Key` with rotation on. Changing the key of an existing volume replaces it: snapshot the data first.",
    defaultLevel: "advisory",
    messages: {
        noKey: "EBS volume `{{name}}` sets no kmsKeyId, so it is encrypted with the AWS managed key aws/ebs (or the account's default key), not a key you choose.",
        awsManagedKey: "EBS volume `{{name}}` names an AWS managed key alias (alias/aws/…) in kmsKeyId, not a customer managed key.",
    },
    examples: {
        violating: [
            {
                description: "an encrypted volume on the AWS managed key",
                resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", size: 100, type: "gp3", encrypted: true } }],
            },
        ],
        compliant: [
            {
                description: "a volume encrypted with a customer managed key",
                resources: [
                    {
                        type: "aws:ebs/volume:Volume",
                        name: "data",
                        props: {
                            availabilityZone: "eu-west-1a",
                            size: 100,
                            type: "gp3",
                            encrypted: true,
                            kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ebs/volume:Volume",
    validate(props, ctx) {
        const key = kmsKeyReference(props.kmsKeyId);
        if (key === "customer-managed") return;
        ctx.report({ messageId: key === "none" ? "noKey" : "awsManagedKey", data: { name: ctx.name }, propertyPath: "kmsKeyId" });
    },
});
