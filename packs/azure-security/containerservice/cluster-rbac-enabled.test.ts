import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-rbac-enabled";

const cluster = (props: MockProps<"azure-native:containerservice:ManagedCluster">) =>
    mockResource("azure-native:containerservice:ManagedCluster", { resourceGroupName: "rg", dnsPrefix: "apps", ...props }, { name: "aks" });

export const cases: RuleCase[] = [
    { name: "RBAC switched off", resources: cluster({ enableRBAC: false }), expect: { violations: [{ propertyPath: "enableRBAC", messageIncludes: "`aks`" }] } },
    { name: "RBAC on", resources: cluster({ enableRBAC: true }), expect: "pass" },
    { name: "not set: AKS enables RBAC by default", resources: cluster({}), expect: "pass" },
    { name: "unknown during preview", resources: cluster({ enableRBAC: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
