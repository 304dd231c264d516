import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./cluster-control-plane-logging";

const cluster = (enabledClusterLogTypes: MockProps<"aws:eks/cluster:Cluster">["enabledClusterLogTypes"]) =>
    mockResource("aws:eks/cluster:Cluster", { roleArn: "arn:aws:iam::123456789012:role/eks", vpcConfig: { subnetIds: ["s-1"] }, enabledClusterLogTypes }, {
        name: "prod",
    });

export const cases: RuleCase[] = [
    {
        name: "no control-plane logs",
        resources: cluster(undefined),
        expect: { violations: [{ propertyPath: "enabledClusterLogTypes", messageIncludes: '"api", "audit", "authenticator"' }] },
    },
    {
        name: "audit missing",
        resources: cluster(["api", "authenticator", "scheduler"]),
        expect: { violations: [{ propertyPath: "enabledClusterLogTypes", messageIncludes: 'log type "audit"' }] },
    },
    { name: "the three security log types", resources: cluster(["api", "audit", "authenticator"]), expect: "pass" },
    {
        name: "configured to require the scheduler log as well",
        resources: cluster(["api", "audit", "authenticator"]),
        options: { config: { "eks-cluster-control-plane-logging": { requiredLogTypes: ["audit", "scheduler"] } } },
        expect: { violations: [{ messageIncludes: '"scheduler"' }] },
    },
    { name: "log types unknown during preview", resources: cluster(unknown("array")), expect: "skipped" },
    {
        name: "remediation adds the missing types",
        resources: cluster(["scheduler"]),
        expect: { remediated: { enabledClusterLogTypes: ["scheduler", "api", "audit", "authenticator"] } },
    },
    { name: "remediation on a cluster with no logs", resources: cluster(undefined), expect: { remediated: { enabledClusterLogTypes: ["api", "audit", "authenticator"] } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
