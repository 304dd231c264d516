import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-encrypted";

const cluster = (props: MockProps<"aws:dax/cluster:Cluster">) =>
    mockResource("aws:dax/cluster:Cluster", { clusterName: "c", iamRoleArn: "arn:aws:iam::123456789012:role/d", nodeType: "dax.t3.small", replicationFactor: 1, ...props }, { name: "cache" });

export const cases: RuleCase[] = [
    { name: "default", resources: cluster({}), expect: { violations: [{ propertyPath: "serverSideEncryption.enabled", messageIncludes: "defaults to false" }] } },
    { name: "switched off", resources: cluster({ serverSideEncryption: { enabled: false } }), expect: { violations: [{ propertyPath: "serverSideEncryption.enabled", messageIncludes: "is false" }] } },
    { name: "encrypted", resources: cluster({ serverSideEncryption: { enabled: true } }), expect: "pass" },
    { name: "unknown during preview", resources: cluster({ serverSideEncryption: { enabled: unknown("boolean") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
