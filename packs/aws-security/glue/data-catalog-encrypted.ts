import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/glue";

export default defineRule({
    id: "glue-data-catalog-encrypted",
    title: "The Glue Data Catalog encrypts metadata and connection passwords",
    description:
        "The Data Catalog holds table definitions, locations and the passwords of JDBC connections. Unless catalog encryption is set to SSE-KMS and connection passwords are encrypted, metadata is stored unencrypted and anyone allowed to read a connection sees its password in clear.",
    severity: "medium",
    service: "glue",
    frameworks: {
        "nist-800-53-r5": ["SC-13", "SC-28"],
    },
    tags: ["encryption", "data"],
    remediation:
        'Set `dataCatalogEncryptionSettings: { encryptionAtRest: { catalogEncryptionMode: "SSE-KMS", sseAwsKmsKeyId: <key> }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true, awsKmsKeyId: <key> } }`.',
    defaultLevel: "advisory",
    messages: {
        catalogUnencrypted: 'Glue Data Catalog settings `{{name}}` leave metadata unencrypted: encryptionAtRest.catalogEncryptionMode is {{state}}.',
        passwordsInClear: "Glue Data Catalog settings `{{name}}` return connection passwords unencrypted: connectionPasswordEncryption.returnConnectionPasswordEncrypted is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "catalog encryption disabled",
                resources: [
                    {
                        type: "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings",
                        name: "catalog",
                        props: { dataCatalogEncryptionSettings: { encryptionAtRest: { catalogEncryptionMode: "DISABLED" }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: false } } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "metadata and passwords encrypted with KMS",
                resources: [
                    {
                        type: "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings",
                        name: "catalog",
                        props: {
                            dataCatalogEncryptionSettings: {
                                encryptionAtRest: { catalogEncryptionMode: "SSE-KMS", sseAwsKmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/abcd" },
                                connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true, awsKmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/abcd" },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings",
    validate(props, ctx) {
        const settings = props.dataCatalogEncryptionSettings;
        const mode = settings?.encryptionAtRest?.catalogEncryptionMode;
        // SSE-KMS and SSE-KMS-WITH-SERVICE-ROLE both encrypt with a KMS key; DISABLED does not.
        if (typeof mode !== "string" || !mode.toUpperCase().startsWith("SSE-KMS")) {
            ctx.report({
                messageId: "catalogUnencrypted",
                data: { name: ctx.name, state: typeof mode === "string" ? `"${mode}"` : "not set" },
                propertyPath: "dataCatalogEncryptionSettings.encryptionAtRest.catalogEncryptionMode",
            });
        }
        const returned = settings?.connectionPasswordEncryption?.returnConnectionPasswordEncrypted;
        if (returned !== true) {
            ctx.report({
                messageId: "passwordsInClear",
                data: { name: ctx.name, state: returned === false ? "false" : "not set" },
                propertyPath: "dataCatalogEncryptionSettings.connectionPasswordEncryption.returnConnectionPasswordEncrypted",
            });
        }
    },
});
