import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-encrypted";

const cluster = (props: MockProps<"aws:redshift/cluster:Cluster">) =>
    mockResource("aws:redshift/cluster:Cluster", { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", ...props }, { name: "warehouse" });

export const cases: RuleCase[] = [
    { name: "encryption turned off", resources: cluster({ encrypted: "false" }), expect: { violations: [{ messageId: "disabled", data: { name: "warehouse" }, propertyPath: "encrypted" }] } },
    { name: "encryption off as a boolean from JSON", resources: mockResource.untyped("aws:redshift/cluster:Cluster", { nodeType: "ra3.xlplus", encrypted: false }), expect: { violations: [{ messageId: "disabled" }] } },
    { name: "an empty string is not on", resources: cluster({ encrypted: "" }), expect: { violations: [{ messageId: "disabled" }] } },
    { name: "encrypted", resources: cluster({ encrypted: "true" }), expect: "pass" },
    { name: "encrypted, in another case", resources: cluster({ encrypted: "TRUE" }), expect: "pass" },
    { name: "encrypted with a customer managed key", resources: cluster({ encrypted: "true", kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" }), expect: "pass" },
    { name: "left at the provider default (encrypted)", resources: cluster({}), expect: "pass" },
    { name: "flag unknown during preview", resources: cluster({ encrypted: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
