import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./vault-rbac-authorization";

type VaultProperties = MockProps<"azure-native:keyvault:Vault">["properties"];

const vault = (properties: Partial<NonNullable<VaultProperties>>) =>
    mockResource(
        "azure-native:keyvault:Vault",
        { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, ...properties } },
        { name: "secrets" },
    );

export const cases: RuleCase[] = [
    { name: "absent: access policies", resources: vault({}), expect: { violations: [{ propertyPath: "properties.enableRbacAuthorization", messageIncludes: "not set, which means false" }] } },
    { name: "access policies chosen", resources: vault({ enableRbacAuthorization: false }), expect: { violations: ["properties.enableRbacAuthorization"] } },
    { name: "Azure RBAC", resources: vault({ enableRbacAuthorization: true }), expect: "pass" },
    { name: "unknown during preview", resources: vault({ enableRbacAuthorization: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
