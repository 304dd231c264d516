import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-deletion-protection";

const cluster = (props: MockProps<"aws:docdb/cluster:Cluster">) => mockResource("aws:docdb/cluster:Cluster", { clusterIdentifier: "orders", ...props }, { name: "orders" });

export const cases: RuleCase[] = [
    {
        name: "left at the default",
        resources: cluster({}),
        expect: { violations: [{ messageId: "unprotected", data: { name: "orders", state: "not set, and defaults to false" }, propertyPath: "deletionProtection" }] },
    },
    { name: "protection off", resources: cluster({ deletionProtection: false }), expect: { violations: [{ messageId: "unprotected", data: { name: "orders", state: "false" } }] } },
    { name: "protected", resources: cluster({ deletionProtection: true }), expect: "pass" },
    { name: "flag unknown during preview", resources: cluster({ deletionProtection: unknown("boolean") }), expect: "skipped" },
    { name: "remediation turns protection on", resources: cluster({}), expect: { remediated: { deletionProtection: true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
