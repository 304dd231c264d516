import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/gcp/bigquery";

// Without defaultEncryptionConfiguration, BigQuery uses Google-managed keys.
export default defineRule({
    id: "gcp-bigquery-dataset-cmek",
    title: "BigQuery datasets encrypt new tables with a customer-managed key by default",
    description:
        "Without a default customer-managed key, BigQuery encrypts the dataset's tables with Google-managed keys: no one in the organization can disable or destroy the key to cut off access to the data, and its use is not in the key's audit logs. A dataset default applies the key to every table created in it.",
    severity: "low",
    service: "bigquery",
    frameworks: {
        "cis-gcp-5.0": ["7.3"],
        "nist-800-53-r5": ["SC-12", "SC-28"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `defaultEncryptionConfiguration: { kmsKeyName: cryptoKey.id }` on the gcp.bigquery.Dataset, with a Cloud KMS key in the dataset's location, and grant the BigQuery service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on that key.",
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "a dataset with Google-managed encryption", resources: [{ type: "gcp:bigquery/dataset:Dataset", name: "sales", props: { datasetId: "sales" } }] }],
        compliant: [
            {
                description: "a dataset with a default key",
                resources: [
                    {
                        type: "gcp:bigquery/dataset:Dataset",
                        name: "sales",
                        props: { datasetId: "sales", defaultEncryptionConfiguration: { kmsKeyName: "projects/p/locations/eu/keyRings/bq/cryptoKeys/sales" } },
                    },
                ],
            },
        ],
    },
    messages: {
        noDefaultKey: "Dataset `{{name}}` has no default customer-managed key: defaultEncryptionConfiguration.kmsKeyName is not set.",
    },
    resourceType: "gcp:bigquery/dataset:Dataset",
    validate(props, ctx) {
        const key = recordOf(props.defaultEncryptionConfiguration).kmsKeyName;
        if (typeof key === "string" && key.trim() !== "") return;
        ctx.report({ messageId: "noDefaultKey", data: { name: ctx.name }, propertyPath: "defaultEncryptionConfiguration.kmsKeyName" });
    },
});
