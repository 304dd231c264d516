import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./vault-soft-delete";

type VaultProperties = MockProps<"azure-native:keyvault:Vault">["properties"];

const vault = (properties: Partial<NonNullable<VaultProperties>>) =>
    mockResource(
        "azure-native:keyvault:Vault",
        { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, ...properties } },
        { name: "secrets" },
    );

export const cases: RuleCase[] = [
    { name: "switched off", resources: vault({ enableSoftDelete: false }), expect: { violations: [{ propertyPath: "properties.enableSoftDelete", messageIncludes: "enableSoftDelete is false" }] } },
    { name: "on", resources: vault({ enableSoftDelete: true }), expect: "pass" },
    { name: "absent: on by default", resources: vault({}), expect: "pass" },
    { name: "unknown during preview", resources: vault({ enableSoftDelete: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
