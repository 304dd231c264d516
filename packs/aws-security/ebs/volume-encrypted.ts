import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ebs";

export default defineRule({
    id: "ebs-volume-encrypted",
    title: "EBS volumes are encrypted",
    description:
        "An unencrypted volume leaves its data, and every snapshot taken from it, readable by anyone who gets hold of the snapshot or the underlying storage. EBS encryption costs nothing in performance and uses KMS keys you can audit and revoke.",
    severity: "high",
    service: "ebs",
    frameworks: {
        "aws-fsbp": ["EC2.3"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `encrypted: true` (optionally with `kmsKeyId` for a customer managed key). An existing volume cannot be encrypted in place: the change replaces it, so snapshot and restore data you need to keep.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            assumeEncryptionByDefault: {
                type: "boolean",
                description: "Treat an unset `encrypted` as encrypted, because EBS encryption by default is on in every account and region you deploy to. An explicit false is still reported.",
            },
        },
    },
    configDefaults: { assumeEncryptionByDefault: false },
    examples: {
        violating: [
            {
                description: "a volume that does not ask for encryption",
                resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", size: 100, type: "gp3" } }],
            },
        ],
        compliant: [
            {
                description: "an encrypted volume",
                resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", size: 100, type: "gp3", encrypted: true } }],
            },
        ],
    },
    resourceType: "aws:ebs/volume:Volume",
    validate(props, ctx) {
        const encrypted = props.encrypted;
        if (encrypted === true) return;
        if (encrypted === undefined && ctx.config.assumeEncryptionByDefault) return;
        const state = encrypted === false ? "encrypted is false" : "encrypted is not set, so the account's default decides";
        ctx.report({ message: `EBS volume \`${ctx.name}\` is not encrypted at rest (${state}).`, propertyPath: "encrypted" });
    },
    remediate(props) {
        props.encrypted = true;
    },
});
