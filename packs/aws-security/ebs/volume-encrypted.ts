import { defineRule, known } from "../../../src";
import { ebsEncryptionByDefault } from "../../shared/account-defaults";
import type {} from "../../../src/types/aws/ebs";

const VOLUME = "aws:ebs/volume:Volume";

/**
 * A stack rule, so that the account's EBS encryption by default (aws.ebs.EncryptionByDefault in
 * the same stack, matched by region: shared/account-defaults.ts) counts before a volume is
 * blamed: with it on, AWS encrypts every new volume whatever `encrypted` says.
 */
export default defineRule({
    id: "ebs-volume-encrypted",
    title: "EBS volumes are encrypted",
    description:
        "An unencrypted volume leaves its data, and every snapshot taken from it, readable by anyone who gets hold of the snapshot or the underlying storage. EBS encryption costs nothing in performance and uses KMS keys you can audit and revoke. A volume is encrypted when it says `encrypted: true`, or when the stack turns on EBS encryption by default for its region.",
    severity: "high",
    service: "ebs",
    frameworks: {
        "aws-fsbp": ["EC2.3"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `encrypted: true` (optionally with `kmsKeyId` for a customer managed key), or declare aws.ebs.EncryptionByDefault (enabled) for the region in the same stack. An existing volume cannot be encrypted in place: the change replaces it, so snapshot and restore data you need to keep.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            assumeEncryptionByDefault: {
                type: "boolean",
                description: "Treat an unset `encrypted` as encrypted, because EBS encryption by default is on in every account and region you deploy to (set outside this stack). An explicit false is still reported. An EncryptionByDefault in the stack is honoured without this.",
            },
        },
    },
    configDefaults: { assumeEncryptionByDefault: false },
    messages: {
        notEncrypted: "EBS volume `{{name}}` is not encrypted at rest ({{state}}).",
    },
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
            {
                description: "encryption left to the account default, turned on in the same stack",
                resources: [
                    { type: "aws:ebs/encryptionByDefault:EncryptionByDefault", name: "ebs-default", props: { enabled: true } },
                    { type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", size: 100, type: "gp3" } },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const defaults = ebsEncryptionByDefault(stack);
        for (const volume of stack.ofType(VOLUME)) {
            const encrypted = known(() => volume.props.encrypted);
            if (!encrypted.known || encrypted.value === true) continue;
            const byDefault = defaults.stateFor(volume);
            // On: AWS encrypts it anyway. Unknown (preview): not judged, noted by the read.
            if (byDefault === "on" || byDefault === "unknown") continue;
            if (encrypted.value === undefined && ctx.config.assumeEncryptionByDefault && byDefault === undefined) continue;
            const state =
                encrypted.value === false
                    ? "encrypted is false"
                    : byDefault === "off"
                      ? "encrypted is not set and the stack turns EBS encryption by default off"
                      : "encrypted is not set, so the account's default decides";
            ctx.report({ urn: volume.urn, messageId: "notEncrypted", data: { name: volume.name, state }, propertyPath: "encrypted" });
        }
    },
});
