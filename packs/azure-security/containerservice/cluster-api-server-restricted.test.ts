import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-api-server-restricted";

type Profile = MockProps<"azure-native:containerservice:ManagedCluster">["apiServerAccessProfile"];
const cluster = (apiServerAccessProfile?: Profile) =>
    mockResource("azure-native:containerservice:ManagedCluster", { resourceGroupName: "rg", dnsPrefix: "apps", apiServerAccessProfile }, { name: "aks" });

const PATH = "apiServerAccessProfile.authorizedIPRanges";

export const cases: RuleCase[] = [
    { name: "no access profile: public and open", resources: cluster(), expect: { violations: [{ messageId: "unrestricted", data: { name: "aks" }, propertyPath: PATH }] } },
    { name: "empty range list", resources: cluster({ authorizedIPRanges: [] }), expect: { violations: [{ messageId: "unrestricted", propertyPath: PATH }] } },
    { name: "private cluster", resources: cluster({ enablePrivateCluster: true }), expect: "pass" },
    { name: "private cluster with a public FQDN is still private", resources: cluster({ enablePrivateCluster: true, enablePrivateClusterPublicFQDN: true }), expect: "pass" },
    { name: "narrow ranges", resources: cluster({ authorizedIPRanges: ["203.0.113.0/24", "198.51.100.7", "0.0.0.0/32"] }), expect: "pass" },
    {
        name: "0.0.0.0/0 among the ranges",
        resources: cluster({ authorizedIPRanges: ["203.0.113.0/24", "0.0.0.0/0"] }),
        expect: { violations: [{ messageId: "internetWide", data: { name: "aks", range: "0.0.0.0/0" }, propertyPath: `${PATH}[1]` }] },
    },
    {
        name: "the internet split in halves",
        resources: cluster({ authorizedIPRanges: ["0.0.0.0/1", "128.0.0.0/1"] }),
        expect: { violations: [`${PATH}[0]`, `${PATH}[1]`] },
    },
    { name: "IPv6 world range", resources: cluster({ authorizedIPRanges: ["::/0"] }), expect: { violations: [{ messageId: "internetWide", data: { name: "aks", range: "::/0" } }] } },
    {
        name: "an entry that is not a range",
        resources: cluster({ authorizedIPRanges: ["office"] }),
        expect: { violations: [{ messageId: "notARange", data: { name: "aks", range: "(not a CIDR range)" }, propertyPath: `${PATH}[0]` }] },
    },
    { name: "private flag false with no ranges", resources: cluster({ enablePrivateCluster: false }), expect: { violations: [PATH] } },
    { name: "private flag unknown during preview", resources: cluster({ enablePrivateCluster: unknown("boolean"), authorizedIPRanges: ["0.0.0.0/0"] }), expect: "skipped" },
    { name: "range unknown during preview", resources: cluster({ authorizedIPRanges: [unknown()] }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
