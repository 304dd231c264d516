import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./dataset-cmek";
import type {} from "../../../src/types/gcp/bigquery";

const dataset = (props: MockProps<"gcp:bigquery/dataset:Dataset">) => mockResource("gcp:bigquery/dataset:Dataset", { datasetId: "sales", ...props }, { name: "sales" });
const KEY = "projects/p/locations/eu/keyRings/bq/cryptoKeys/sales";

export const cases: RuleCase[] = [
    {
        name: "no encryption configuration",
        resources: dataset({}),
        expect: { violations: [{ messageId: "noDefaultKey", data: { name: "sales" }, propertyPath: "defaultEncryptionConfiguration.kmsKeyName" }] },
    },
    { name: "an empty key name", resources: dataset({ defaultEncryptionConfiguration: { kmsKeyName: "" } }), expect: { violations: ["defaultEncryptionConfiguration.kmsKeyName"] } },
    { name: "a default key", resources: dataset({ defaultEncryptionConfiguration: { kmsKeyName: KEY } }), expect: "pass" },
    { name: "the key unknown during preview", resources: dataset({ defaultEncryptionConfiguration: { kmsKeyName: unknown() } }), expect: "skipped" },
    { name: "the configuration unknown during preview", resources: dataset({ defaultEncryptionConfiguration: unknown("object") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
