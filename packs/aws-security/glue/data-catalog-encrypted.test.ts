import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./data-catalog-encrypted";

const TYPE = "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings";
const settings = (dataCatalogEncryptionSettings: MockProps<typeof TYPE>["dataCatalogEncryptionSettings"]) => mockResource(TYPE, { dataCatalogEncryptionSettings }, { name: "catalog" });

export const cases: RuleCase[] = [
    {
        name: "both off",
        resources: settings({ encryptionAtRest: { catalogEncryptionMode: "DISABLED" }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: false } }),
        expect: {
            violations: [
                { messageId: "catalogUnencrypted", data: { name: "catalog", state: '"DISABLED"' }, propertyPath: "dataCatalogEncryptionSettings.encryptionAtRest.catalogEncryptionMode" },
                { messageId: "passwordsInClear", data: { name: "catalog", state: "false" } },
            ],
        },
    },
    {
        name: "passwords encrypted, catalog not",
        resources: settings({ encryptionAtRest: { catalogEncryptionMode: "DISABLED" }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true } }),
        expect: { violations: [{ messageId: "catalogUnencrypted" }] },
    },
    {
        name: "service-role KMS mode counts",
        resources: settings({ encryptionAtRest: { catalogEncryptionMode: "SSE-KMS-WITH-SERVICE-ROLE", catalogEncryptionServiceRole: "arn:aws:iam::123456789012:role/g" }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true } }),
        expect: "pass",
    },
    {
        name: "both encrypted",
        resources: settings({ encryptionAtRest: { catalogEncryptionMode: "SSE-KMS" }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true } }),
        expect: "pass",
    },
    {
        name: "unknown during preview",
        resources: settings({ encryptionAtRest: { catalogEncryptionMode: unknown("string") }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true } }),
        expect: "skipped",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
