import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { kmsKeyReference } from "../lib/kms-keys";
import type {} from "../../../src/types/aws/ecr";

/** Encryption types that use KMS: plain KMS and dual-layer KMS (DSSE). */
const KMS_TYPES: ReadonlySet<string> = new Set(["KMS", "KMS_DSSE"]);

export default defineRule({
    id: "ecr-repository-customer-managed-key",
    title: "ECR repositories encrypt images with a customer managed KMS key",
    description:
        "By default ECR encrypts images with AES-256 keys that AWS owns, and `encryptionType: \"KMS\"` without a key uses the AWS managed aws/ecr key; neither lets you restrict, audit per repository or revoke who can decrypt the images. A customer managed key puts image layers behind a key policy you control. Stricter than checks that accept any KMS encryption: KMS with the AWS managed key is reported too.",
    severity: "low",
    service: "ecr",
    frameworks: {
        "nist-800-53-r5": ["SC-12", "SC-28"],
    },
    tags: ["encryption", "containers"],
    remediation:
        'Set `encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: key.arn }]` with a customer managed `aws.kms.Key`. The encryption of a repository cannot be changed after creation: the change replaces the repository, so push the images again afterwards.',
    defaultLevel: "advisory",
    messages: {
        defaultEncryption: "ECR repository `{{name}}` sets no encryptionConfigurations, so images are encrypted with AES-256 keys owned by AWS.",
        notKms: "ECR repository `{{name}}` encrypts images with AES-256 keys owned by AWS: {{path}}.encryptionType is not KMS.",
        noKey: "ECR repository `{{name}}` uses KMS encryption without a kmsKey ({{path}}.kmsKey), so images are encrypted with the AWS managed key aws/ecr.",
        awsManagedKey: "ECR repository `{{name}}` names an AWS managed key alias (alias/aws/…) in {{path}}.kmsKey, not a customer managed key.",
    },
    examples: {
        violating: [
            {
                description: "a repository on the default AES-256 encryption",
                resources: [{ type: "aws:ecr/repository:Repository", name: "api", props: { name: "orders/api", imageTagMutability: "IMMUTABLE" } }],
            },
        ],
        compliant: [
            {
                description: "a repository encrypted with a customer managed key",
                resources: [
                    {
                        type: "aws:ecr/repository:Repository",
                        name: "api",
                        props: {
                            name: "orders/api",
                            imageTagMutability: "IMMUTABLE",
                            encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ecr/repository:Repository",
    validate(props, ctx) {
        const configurations = listOf(props.encryptionConfigurations);
        if (configurations.length === 0) {
            ctx.report({ messageId: "defaultEncryption", data: { name: ctx.name }, propertyPath: "encryptionConfigurations" });
            return;
        }
        configurations.forEach((entry, index) => {
            const configuration = recordOf(entry);
            const path = propertyPath("encryptionConfigurations", index);
            const type = configuration.encryptionType;
            // Absent means AES256, the provider's and AWS's default.
            if (typeof type !== "string" || !KMS_TYPES.has(type.trim().toUpperCase())) {
                ctx.report({ messageId: "notKms", data: { name: ctx.name, path }, propertyPath: `${path}.encryptionType` });
                return;
            }
            const key = kmsKeyReference(configuration.kmsKey);
            if (key === "customer-managed") return;
            ctx.report({ messageId: key === "none" ? "noKey" : "awsManagedKey", data: { name: ctx.name, path }, propertyPath: `${path}.kmsKey` });
        });
    },
});
