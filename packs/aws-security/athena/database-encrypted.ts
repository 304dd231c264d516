import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/athena";

/** The encryption options Athena accepts. */
const OPTIONS: ReadonlySet<string> = new Set(["SSE_S3", "SSE_KMS", "CSE_KMS"]);

export default defineRule({
    id: "athena-database-encrypted",
    title: "Athena databases encrypt their query results",
    description:
        "An aws.athena.Database runs its DDL through Athena and stores the results in its S3 bucket. Without an encryption configuration those result files are stored unencrypted unless the bucket encrypts them by default.",
    severity: "low",
    service: "athena",
    frameworks: {
        "nist-800-53-r5": ["SC-28"],
    },
    tags: ["encryption", "data"],
    remediation: 'Set `encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKey: key.arn }` (or `{ encryptionOption: "SSE_S3" }`) on the aws.athena.Database.',
    defaultLevel: "advisory",
    messages: {
        unset: "Athena database `{{name}}` sets no encryption configuration, so its query results are stored unencrypted.",
        invalid: "Athena database `{{name}}` sets an encryptionOption that is not SSE_S3, SSE_KMS or CSE_KMS.",
    },
    examples: {
        violating: [
            {
                description: "a database without encryption",
                resources: [{ type: "aws:athena/database:Database", name: "events", props: { name: "events", bucket: "acme-athena-results" } }],
            },
        ],
        compliant: [
            {
                description: "a database whose results are encrypted with a KMS key",
                resources: [
                    {
                        type: "aws:athena/database:Database",
                        name: "events",
                        props: {
                            name: "events",
                            bucket: "acme-athena-results",
                            encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKey: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:athena/database:Database",
    validate(props, ctx) {
        const option = props.encryptionConfiguration?.encryptionOption;
        if (typeof option === "string" && OPTIONS.has(option)) return;
        ctx.report({
            messageId: option === undefined || option === null || option === "" ? "unset" : "invalid",
            data: { name: ctx.name },
            propertyPath: option === undefined || option === null ? "encryptionConfiguration" : "encryptionConfiguration.encryptionOption",
        });
    },
});
