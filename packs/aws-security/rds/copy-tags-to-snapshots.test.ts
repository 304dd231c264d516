import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./copy-tags-to-snapshots";

const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "postgres", ...props }, { name: "crm-db" });
const cluster = (props: MockProps<"aws:rds/cluster:Cluster">) => mockResource("aws:rds/cluster:Cluster", { engine: "aurora-mysql", ...props }, { name: "crm" });

export const cases: RuleCase[] = [
    {
        name: "instance default",
        resources: instance({}),
        expect: { violations: [{ messageId: "notCopied", data: { kind: "DB instance", name: "crm-db", state: "not set, and defaults to false" }, propertyPath: "copyTagsToSnapshot" }] },
    },
    { name: "cluster with copying off", resources: cluster({ copyTagsToSnapshot: false }), expect: { violations: [{ messageId: "notCopied", data: { kind: "DB cluster", name: "crm", state: "false" } }] } },
    { name: "Multi-AZ PostgreSQL cluster default", resources: cluster({ engine: "postgres", dbClusterInstanceClass: "db.m6gd.large" }), expect: { violations: ["copyTagsToSnapshot"] } },
    { name: "instance copies tags", resources: instance({ copyTagsToSnapshot: true }), expect: "pass" },
    { name: "cluster copies tags", resources: cluster({ copyTagsToSnapshot: true }), expect: "pass" },
    { name: "unknown during preview", resources: cluster({ copyTagsToSnapshot: unknown("boolean") }), expect: "skipped" },
    { name: "remediation turns copying on", resources: instance({ copyTagsToSnapshot: false }), options: { level: "remediate" }, expect: { remediated: { copyTagsToSnapshot: true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
