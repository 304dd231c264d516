import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/kms";

export default defineRule({
    id: "kms-key-rotation-enabled",
    title: "KMS keys rotate their key material",
    description:
        "A symmetric KMS key that never rotates keeps encrypting with the same key material for its whole life, so any exposure of that material affects every piece of data it ever protected. Automatic rotation replaces it yearly (or on the period you set) while old data stays readable.",
    severity: "medium",
    service: "kms",
    frameworks: {
        "cis-aws-3.0": ["3.6"],
        "nist-800-53-r5": ["SC-12", "SC-28"],
        "pci-dss-4.0": ["3.7.4"],
    },
    tags: ["encryption-at-rest", "key-management"],
    remediation: "Set `enableKeyRotation: true` on the key (optionally `rotationPeriodInDays`, 90 to 2560 days; the default is 365).",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a key that never rotates",
                resources: [{ type: "aws:kms/key:Key", name: "orders", props: { description: "Orders data", deletionWindowInDays: 30 } }],
            },
        ],
        compliant: [
            {
                description: "a key rotated every year",
                resources: [{ type: "aws:kms/key:Key", name: "orders", props: { description: "Orders data", deletionWindowInDays: 30, enableKeyRotation: true } }],
            },
        ],
    },
    resourceType: "aws:kms/key:Key",
    validate(props, ctx) {
        // Automatic rotation exists only for symmetric encryption keys whose material KMS holds.
        const spec = props.customerMasterKeySpec;
        if (spec !== undefined && spec !== null && spec !== "SYMMETRIC_DEFAULT") {
            ctx.notApplicable("Automatic rotation applies only to symmetric (SYMMETRIC_DEFAULT) keys.");
        }
        const usage = props.keyUsage;
        if (usage !== undefined && usage !== null && usage !== "ENCRYPT_DECRYPT") {
            ctx.notApplicable("Automatic rotation applies only to encryption keys.");
        }
        if ((props.customKeyStoreId ?? "") !== "" || (props.xksKeyId ?? "") !== "") {
            ctx.notApplicable("Keys in custom key stores do not support automatic rotation.");
        }
        if (props.enableKeyRotation !== true) {
            ctx.report({
                message: `KMS key \`${ctx.name}\` does not have automatic key rotation enabled.`,
                propertyPath: "enableKeyRotation",
            });
        }
    },
    remediate(props) {
        props.enableKeyRotation = true;
    },
});
