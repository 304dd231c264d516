import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-master-authorized-networks";

const cluster = (props: MockProps<"gcp:container/cluster:Cluster">) => mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1, ...props }, { name: "prod" });

export const cases: RuleCase[] = [
    { name: "no authorized networks", resources: cluster({}), expect: { violations: [{ messageId: "noAuthorizedNetworks", data: { name: "prod" }, propertyPath: "masterAuthorizedNetworksConfig" }] } },
    {
        name: "0.0.0.0/0 authorized",
        resources: cluster({ masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: "10.0.0.0/8" }, { cidrBlock: "0.0.0.0/0", displayName: "all" }] } }),
        expect: { violations: [{ messageId: "internetCidr", data: { name: "prod", cidr: "0.0.0.0/0" }, propertyPath: "masterAuthorizedNetworksConfig.cidrBlocks[1].cidrBlock" }] },
    },
    { name: "half the internet authorized", resources: cluster({ masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: "128.0.0.0/1" }] } }), expect: { violations: ["masterAuthorizedNetworksConfig.cidrBlocks[0].cidrBlock"] } },
    {
        name: "Google Cloud public IPs allowed",
        resources: cluster({ masterAuthorizedNetworksConfig: { gcpPublicCidrsAccessEnabled: true, cidrBlocks: [{ cidrBlock: "203.0.113.0/24" }] } }),
        expect: { violations: [{ messageId: "gcpPublicCidrs", propertyPath: "masterAuthorizedNetworksConfig.gcpPublicCidrsAccessEnabled" }] },
    },
    { name: "office range only", resources: cluster({ masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: "203.0.113.0/24", displayName: "office" }] } }), expect: "pass" },
    { name: "an empty block allows only the nodes", resources: cluster({ masterAuthorizedNetworksConfig: {} }), expect: "pass" },
    { name: "private endpoint only", resources: cluster({ privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true } }), expect: "pass" },
    { name: "IP endpoints switched off", resources: cluster({ controlPlaneEndpointsConfig: { ipEndpointsConfig: { enabled: false } } }), expect: "pass" },
    { name: "IP endpoints on by default", resources: cluster({ controlPlaneEndpointsConfig: { ipEndpointsConfig: {} } }), expect: { violations: ["masterAuthorizedNetworksConfig"] } },
    { name: "a cidr unknown during preview", resources: cluster({ masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: unknown() }] } }), expect: "skipped" },
    { name: "private endpoint unknown during preview", resources: cluster({ privateClusterConfig: { enablePrivateEndpoint: unknown("boolean") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
