import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./vault-purge-protection";

type VaultProperties = MockProps<"azure-native:keyvault:Vault">["properties"];

const vault = (properties: Partial<NonNullable<VaultProperties>>) =>
    mockResource(
        "azure-native:keyvault:Vault",
        { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, ...properties } },
        { name: "secrets" },
    );

export const cases: RuleCase[] = [
    { name: "not set", resources: vault({}), expect: { violations: [{ propertyPath: "properties.enablePurgeProtection", messageIncludes: "enablePurgeProtection is not set" }] } },
    { name: "explicitly false", resources: vault({ enablePurgeProtection: false }), expect: { violations: [{ propertyPath: "properties.enablePurgeProtection", messageIncludes: "is false" }] } },
    { name: "on", resources: vault({ enablePurgeProtection: true }), expect: "pass" },
    { name: "unknown during preview", resources: vault({ enablePurgeProtection: unknown("boolean") }), expect: "skipped" },
    { name: "properties unknown during preview", resources: mockResource("azure-native:keyvault:Vault", { resourceGroupName: "rg-sec", properties: unknown("object") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
