import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./cluster-endpoint-not-public";

const cluster = (vpcConfig: Record<string, unknown>) =>
    mockResource("aws:eks/cluster:Cluster", { roleArn: "arn:aws:iam::123456789012:role/eks", vpcConfig: { subnetIds: ["subnet-1", "subnet-2"], ...vpcConfig } }, {
        name: "prod",
    });

export const cases: RuleCase[] = [
    {
        name: "defaults: public endpoint open to the world",
        resources: cluster({}),
        expect: { violations: [{ propertyPath: "vpcConfig.endpointPublicAccess", messageIncludes: "enabled by default" }] },
    },
    {
        name: "public endpoint with 0.0.0.0/0 listed",
        resources: cluster({ endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24", "0.0.0.0/0"] }),
        expect: { violations: [{ propertyPath: "vpcConfig.publicAccessCidrs[1]", messageIncludes: "0.0.0.0/0" }] },
    },
    { name: "public endpoint with an empty CIDR list", resources: cluster({ publicAccessCidrs: [] }), expect: { violations: ["vpcConfig.endpointPublicAccess"] } },
    { name: "private-only endpoint", resources: cluster({ endpointPrivateAccess: true, endpointPublicAccess: false }), expect: "pass" },
    { name: "public endpoint limited to the office", resources: cluster({ endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24"] }), expect: "pass" },
    {
        name: "strict mode (as Security Hub EKS.1) rejects any public endpoint",
        resources: cluster({ endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24"] }),
        options: { config: { "eks-cluster-endpoint-not-public": { allowRestrictedPublicAccess: false } } },
        expect: { violations: ["vpcConfig.endpointPublicAccess"] },
    },
    { name: "public access flag unknown during preview", resources: cluster({ endpointPublicAccess: unknown("boolean") }), expect: "skipped" },
    { name: "CIDR list unknown during preview", resources: cluster({ endpointPublicAccess: true, publicAccessCidrs: unknown("array") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
