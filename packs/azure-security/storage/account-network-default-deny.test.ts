import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./account-network-default-deny";

const account = (props: MockProps<"azure-native:storage:StorageAccount">) =>
    mockResource("azure-native:storage:StorageAccount", { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, ...props }, { name: "data" });

export const cases: RuleCase[] = [
    {
        name: "no network rule set",
        resources: account({}),
        expect: { violations: [{ messageId: "noRuleSet", data: { name: "data" }, propertyPath: "networkRuleSet" }] },
    },
    {
        name: "default action Allow",
        resources: account({ networkRuleSet: { defaultAction: "Allow", ipRules: [{ iPAddressOrRange: "203.0.113.0/24" }] } }),
        expect: { violations: [{ messageId: "allowByDefault", data: { name: "data", value: '"Allow"' }, propertyPath: "networkRuleSet.defaultAction" }] },
    },
    { name: "default action Deny", resources: account({ networkRuleSet: { defaultAction: "Deny" } }), expect: "pass" },
    { name: "deny in lower case", resources: account({ networkRuleSet: { defaultAction: "deny" as "Deny" } }), expect: "pass" },
    { name: "public network access disabled", resources: account({ publicNetworkAccess: "Disabled" }), expect: "pass" },
    { name: "public network access disabled, in lower case", resources: account({ publicNetworkAccess: "disabled", networkRuleSet: { defaultAction: "Allow" } }), expect: "pass" },
    {
        name: "public network access enabled with an Allow rule set",
        resources: account({ publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: "Allow" } }),
        expect: { violations: ["networkRuleSet.defaultAction"] },
    },
    {
        name: "secured by perimeter alone does not pass: the account's firewall still decides in learning mode",
        resources: account({ publicNetworkAccess: "SecuredByPerimeter" }),
        expect: { violations: ["networkRuleSet"] },
    },
    {
        name: "a rule set without a default action",
        resources: mockResource.untyped("azure-native:storage:StorageAccount", { kind: "StorageV2", networkRuleSet: { bypass: "AzureServices" } }, { name: "data" }),
        expect: { violations: [{ messageId: "allowByDefault", data: { name: "data", value: "not set (Allow)" } }] },
    },
    {
        name: "Deny undone by an IP rule for the whole internet",
        resources: account({ networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "203.0.113.0/24" }, { iPAddressOrRange: "0.0.0.0/0" }] } }),
        expect: { violations: [{ messageId: "internetIpRule", data: { name: "data", range: "0.0.0.0/0" }, propertyPath: "networkRuleSet.ipRules[1].iPAddressOrRange" }] },
    },
    {
        name: "half the internet is the internet",
        resources: account({ networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "0.0.0.0/1" }] } }),
        expect: { violations: ["networkRuleSet.ipRules[0].iPAddressOrRange"] },
    },
    { name: "Deny with an office range and a single address", resources: account({ networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "203.0.113.0/24" }, { iPAddressOrRange: "198.51.100.7" }] } }), expect: "pass" },
    { name: "public access disabled overrides the IP rules", resources: account({ publicNetworkAccess: "Disabled", networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "0.0.0.0/0" }] } }), expect: "pass" },
    { name: "an IP rule unknown during preview", resources: account({ networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: unknown("string") }] } }), expect: "skipped" },
    { name: "default action unknown during preview", resources: account({ networkRuleSet: { defaultAction: unknown() } }), expect: "skipped" },
    { name: "public network access unknown during preview", resources: account({ publicNetworkAccess: unknown(), networkRuleSet: { defaultAction: "Allow" } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
