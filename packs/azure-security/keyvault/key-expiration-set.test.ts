import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./key-expiration-set";

const key = (attributes: NonNullable<MockProps<"azure-native:keyvault:Key">["properties"]>["attributes"]) =>
    mockResource("azure-native:keyvault:Key", { resourceGroupName: "rg-sec", vaultName: "acme-sec", properties: { kty: "RSA", keySize: 3072, attributes } }, { name: "data-key" });

export const cases: RuleCase[] = [
    {
        name: "no attributes",
        resources: key(undefined),
        expect: { violations: [{ messageId: "noExpiry", data: { name: "data-key", value: "not set" }, propertyPath: "properties.attributes.expires" }] },
    },
    { name: "attributes without an expiry", resources: key({ enabled: true, notBefore: 1767225600 }), expect: { violations: ["properties.attributes.expires"] } },
    {
        name: "an expiry written as a date string",
        resources: mockResource.untyped("azure-native:keyvault:Key", { vaultName: "acme-sec", properties: { kty: "RSA", attributes: { expires: "2027-01-01" } } }, { name: "data-key" }),
        expect: { violations: [{ messageId: "noExpiry", data: { name: "data-key", value: "not a time in seconds" } }] },
    },
    { name: "an expiry", resources: key({ expires: 1798761600 }), expect: "pass" },
    { name: "a disabled key cannot be used", resources: key({ enabled: false }), expect: "pass" },
    {
        name: "a rotation policy alone does not date the key itself",
        resources: mockResource("azure-native:keyvault:Key", {
            resourceGroupName: "rg-sec", vaultName: "acme-sec",
            properties: { kty: "RSA", rotationPolicy: { attributes: { expiryTime: "P1Y" }, lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeBeforeExpiry: "P30D" } }] } },
        }, { name: "data-key" }),
        expect: { violations: ["properties.attributes.expires"] },
    },
    { name: "expiry unknown during preview", resources: key({ expires: unknown("number") }), expect: "skipped" },
    { name: "properties unknown during preview", resources: mockResource("azure-native:keyvault:Key", { resourceGroupName: "rg-sec", vaultName: "acme-sec", properties: unknown("object") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
