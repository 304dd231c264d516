import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-network-policy";

type Profile = MockProps<"azure-native:containerservice:ManagedCluster">["networkProfile"];
const cluster = (networkProfile?: Profile) =>
    mockResource("azure-native:containerservice:ManagedCluster", { resourceGroupName: "rg", dnsPrefix: "apps", networkProfile }, { name: "aks" });

const PATH = "networkProfile.networkPolicy";

export const cases: RuleCase[] = [
    { name: "no network profile", resources: cluster(), expect: { violations: [{ messageId: "unset", data: { name: "aks" }, propertyPath: PATH }] } },
    { name: "profile without a policy", resources: cluster({ networkPlugin: "kubenet" }), expect: { violations: [{ messageId: "unset", propertyPath: PATH }] } },
    { name: "policy none", resources: cluster({ networkPlugin: "azure", networkPolicy: "none" }), expect: { violations: [{ messageId: "notEnforcing", data: { name: "aks", value: '"none"' }, propertyPath: PATH }] } },
    { name: "azure", resources: cluster({ networkPlugin: "azure", networkPolicy: "azure" }), expect: "pass" },
    { name: "calico", resources: cluster({ networkPlugin: "kubenet", networkPolicy: "calico" }), expect: "pass" },
    { name: "cilium with the cilium dataplane", resources: cluster({ networkPlugin: "azure", networkDataplane: "cilium", networkPolicy: "cilium" }), expect: "pass" },
    { name: "case does not matter", resources: cluster({ networkPolicy: "Calico" }), expect: "pass" },
    {
        name: "cilium dataplane without a named policy",
        resources: cluster({ networkPlugin: "azure", networkDataplane: "cilium" }),
        expect: { violations: [{ messageId: "unset", propertyPath: PATH }] },
    },
    { name: "policy unknown during preview", resources: cluster({ networkPolicy: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
