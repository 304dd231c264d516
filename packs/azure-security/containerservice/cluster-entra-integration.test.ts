import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-entra-integration";

const cluster = (props: MockProps<"azure-native:containerservice:ManagedCluster">) =>
    mockResource("azure-native:containerservice:ManagedCluster", { resourceGroupName: "rg", dnsPrefix: "apps", ...props }, { name: "aks" });

export const cases: RuleCase[] = [
    { name: "no aadProfile", resources: cluster({}), expect: { violations: [{ messageId: "noProfile", data: { name: "aks" }, propertyPath: "aadProfile" }] } },
    {
        name: "legacy integration with app registrations",
        resources: cluster({ aadProfile: { clientAppID: "a1", serverAppID: "b2", serverAppSecret: "s3" } }),
        expect: { violations: [{ messageId: "notManaged", data: { name: "aks" }, propertyPath: "aadProfile.managed" }] },
    },
    { name: "managed explicitly false", resources: cluster({ aadProfile: { managed: false } }), expect: { violations: [{ messageId: "notManaged", propertyPath: "aadProfile.managed" }] } },
    { name: "managed integration", resources: cluster({ aadProfile: { managed: true, enableAzureRBAC: true } }), expect: "pass" },
    { name: "managed unknown during preview", resources: cluster({ aadProfile: { managed: unknown("boolean") } }), expect: "skipped" },
    { name: "whole profile unknown during preview", resources: cluster({ aadProfile: unknown("object") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
