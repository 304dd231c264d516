import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-encrypted";

const cluster = (props: MockProps<"aws:neptune/cluster:Cluster">) => mockResource("aws:neptune/cluster:Cluster", { clusterIdentifier: "graph", ...props }, { name: "graph" });

export const cases: RuleCase[] = [
    { name: "left at the default (unencrypted)", resources: cluster({}), expect: { violations: [{ messageId: "unset", data: { name: "graph" }, propertyPath: "storageEncrypted" }] } },
    { name: "encryption turned off", resources: cluster({ storageEncrypted: false }), expect: { violations: [{ messageId: "disabled", data: { name: "graph" } }] } },
    { name: "a KMS key alone does not encrypt", resources: cluster({ kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1" }), expect: { violations: [{ messageId: "unset" }] } },
    { name: "encrypted", resources: cluster({ storageEncrypted: true }), expect: "pass" },
    { name: "encrypted with a customer managed key", resources: cluster({ storageEncrypted: true, kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1" }), expect: "pass" },
    { name: "flag unknown during preview", resources: cluster({ storageEncrypted: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
