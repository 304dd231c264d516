import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-encrypted-in-transit";

const cluster = (props: MockProps<"aws:dax/cluster:Cluster">) =>
    mockResource("aws:dax/cluster:Cluster", { clusterName: "c", iamRoleArn: "arn:aws:iam::123456789012:role/d", nodeType: "dax.t3.small", replicationFactor: 1, ...props }, { name: "cache" });

export const cases: RuleCase[] = [
    { name: "default", resources: cluster({}), expect: { violations: [{ propertyPath: "clusterEndpointEncryptionType", messageIncludes: 'defaults to "NONE"' }] } },
    { name: "NONE", resources: cluster({ clusterEndpointEncryptionType: "NONE" }), expect: { violations: [{ propertyPath: "clusterEndpointEncryptionType", messageIncludes: '"NONE"' }] } },
    { name: "TLS", resources: cluster({ clusterEndpointEncryptionType: "TLS" }), expect: "pass" },
    { name: "unknown during preview", resources: cluster({ clusterEndpointEncryptionType: unknown("string") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
