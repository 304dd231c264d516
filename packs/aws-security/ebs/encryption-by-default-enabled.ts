import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ebs";

export default defineRule({
    id: "ebs-encryption-by-default-enabled",
    title: "EBS encryption by default stays on",
    description:
        "Encryption by default makes every new EBS volume and snapshot copy in the region encrypted, even when a template forgets to ask. Switching it off removes that safety net for the whole account.",
    severity: "medium",
    service: "ebs",
    frameworks: {
        "cis-aws-3.0": ["2.2.1"],
        "aws-fsbp": ["EC2.7"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation: "Set `enabled: true` on aws.ebs.EncryptionByDefault (or leave `enabled` unset: it defaults to true), in every region you use.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "encryption by default switched off",
                resources: [{ type: "aws:ebs/encryptionByDefault:EncryptionByDefault", name: "ebs-default", props: { enabled: false } }],
            },
        ],
        compliant: [
            {
                description: "encryption by default switched on",
                resources: [{ type: "aws:ebs/encryptionByDefault:EncryptionByDefault", name: "ebs-default", props: { enabled: true } }],
            },
        ],
    },
    resourceType: "aws:ebs/encryptionByDefault:EncryptionByDefault",
    validate(props, ctx) {
        // `enabled` defaults to true; only an explicit false switches encryption by default off.
        if (props.enabled === false) {
            ctx.report({
                message: `EncryptionByDefault \`${ctx.name}\` turns EBS encryption by default off for the account and region.`,
                propertyPath: "enabled",
            });
        }
    },
});
