import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-not-public";

const cluster = (props: MockProps<"aws:redshift/cluster:Cluster">) =>
    mockResource("aws:redshift/cluster:Cluster", { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", ...props }, { name: "warehouse" });

export const cases: RuleCase[] = [
    { name: "publicly accessible", resources: cluster({ publiclyAccessible: true }), expect: { violations: [{ messageId: "public", data: { name: "warehouse" }, propertyPath: "publiclyAccessible" }] } },
    { name: "explicitly private", resources: cluster({ publiclyAccessible: false }), expect: "pass" },
    { name: "left at the provider default (private)", resources: cluster({}), expect: "pass" },
    { name: "flag unknown during preview", resources: cluster({ publiclyAccessible: unknown("boolean") }), expect: "skipped" },
    { name: "remediation makes it private", resources: cluster({ publiclyAccessible: true }), expect: { remediated: { publiclyAccessible: false } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
