import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-local-accounts-disabled";

const cluster = (props: MockProps<"azure-native:containerservice:ManagedCluster">) =>
    mockResource("azure-native:containerservice:ManagedCluster", { resourceGroupName: "rg", dnsPrefix: "apps", aadProfile: { managed: true }, ...props }, { name: "aks" });

export const cases: RuleCase[] = [
    { name: "not set: local accounts on by default", resources: cluster({}), expect: { violations: [{ propertyPath: "disableLocalAccounts", messageIncludes: "defaults to false" }] } },
    { name: "explicitly false", resources: cluster({ disableLocalAccounts: false }), expect: { violations: [{ propertyPath: "disableLocalAccounts", messageIncludes: "not true" }] } },
    { name: "disabled", resources: cluster({ disableLocalAccounts: true }), expect: "pass" },
    { name: "unknown during preview", resources: cluster({ disableLocalAccounts: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
