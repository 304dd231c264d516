import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./vault-network-default-deny";

type VaultProperties = MockProps<"azure-native:keyvault:Vault">["properties"];

const vault = (properties: Partial<NonNullable<VaultProperties>>) =>
    mockResource(
        "azure-native:keyvault:Vault",
        { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, ...properties } },
        { name: "secrets" },
    );

export const cases: RuleCase[] = [
    { name: "no network ACLs", resources: vault({}), expect: { violations: [{ messageId: "noAcls", data: { name: "secrets" }, propertyPath: "properties.networkAcls" }] } },
    {
        name: "default action Allow",
        resources: vault({ networkAcls: { defaultAction: "Allow", ipRules: [{ value: "203.0.113.0/24" }] } }),
        expect: { violations: [{ messageId: "allowByDefault", data: { name: "secrets", value: '"Allow"' }, propertyPath: "properties.networkAcls.defaultAction" }] },
    },
    {
        name: "ACLs without a default action",
        resources: vault({ networkAcls: { bypass: "AzureServices" } }),
        expect: { violations: [{ messageId: "allowByDefault", data: { name: "secrets", value: "not set (Allow)" } }] },
    },
    { name: "default action Deny", resources: vault({ networkAcls: { defaultAction: "Deny" } }), expect: "pass" },
    { name: "deny in lower case", resources: vault({ networkAcls: { defaultAction: "deny" } }), expect: "pass" },
    { name: "public network access disabled", resources: vault({ publicNetworkAccess: "Disabled", networkAcls: { defaultAction: "Allow" } }), expect: "pass" },
    { name: "public network access disabled in lower case", resources: vault({ publicNetworkAccess: "disabled" }), expect: "pass" },
    { name: "public network access enabled without ACLs", resources: vault({ publicNetworkAccess: "enabled" }), expect: { violations: ["properties.networkAcls"] } },
    {
        name: "Deny undone by an IP rule for the whole internet",
        resources: vault({ networkAcls: { defaultAction: "Deny", ipRules: [{ value: "0.0.0.0/0" }] } }),
        expect: { violations: [{ messageId: "internetIpRule", data: { name: "secrets", range: "0.0.0.0/0" }, propertyPath: "properties.networkAcls.ipRules[0].value" }] },
    },
    { name: "Deny with the office range", resources: vault({ networkAcls: { defaultAction: "Deny", ipRules: [{ value: "203.0.113.0/24" }] } }), expect: "pass" },
    { name: "an IP rule unknown during preview", resources: vault({ networkAcls: { defaultAction: "Deny", ipRules: [unknown("object")] } }), expect: "skipped" },
    { name: "default action unknown during preview", resources: vault({ networkAcls: { defaultAction: unknown() } }), expect: "skipped" },
    { name: "public network access unknown during preview", resources: vault({ publicNetworkAccess: unknown("string") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
