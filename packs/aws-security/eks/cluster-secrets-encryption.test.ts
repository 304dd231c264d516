import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./cluster-secrets-encryption";

const cluster = (encryptionConfig: MockProps<"aws:eks/cluster:Cluster">["encryptionConfig"]) =>
    mockResource("aws:eks/cluster:Cluster", { roleArn: "arn:aws:iam::123456789012:role/eks", vpcConfig: { subnetIds: ["s-1"] }, encryptionConfig }, {
        name: "prod",
    });
const KEY = { keyArn: "arn:aws:kms:eu-west-1:123456789012:key/abc" };

export const cases: RuleCase[] = [
    {
        name: "no encryption config",
        resources: cluster(undefined),
        expect: { violations: [{ propertyPath: "encryptionConfig", messageIncludes: "no encryptionConfig" }] },
    },
    { name: "config without secrets", resources: cluster({ provider: KEY, resources: [] }), expect: { violations: ["encryptionConfig.resources"] } },
    { name: "secrets encrypted with a customer key", resources: cluster({ provider: KEY, resources: ["secrets"] }), expect: "pass" },
    { name: "resources unknown during preview", resources: cluster({ provider: KEY, resources: unknown("array") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
