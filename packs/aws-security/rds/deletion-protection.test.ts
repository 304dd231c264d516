import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./deletion-protection";

const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "mysql", ...props }, { name: "crm-db" });
const cluster = (props: MockProps<"aws:rds/cluster:Cluster">) => mockResource("aws:rds/cluster:Cluster", { engine: "aurora-mysql", ...props }, { name: "crm" });

export const cases: RuleCase[] = [
    { name: "instance default", resources: instance({}), expect: { violations: [{ propertyPath: "deletionProtection", messageIncludes: "DB instance `crm-db`" }] } },
    { name: "cluster with protection off", resources: cluster({ deletionProtection: false }), expect: { violations: [{ propertyPath: "deletionProtection", messageIncludes: "is false" }] } },
    { name: "protected instance", resources: instance({ deletionProtection: true }), expect: "pass" },
    { name: "protected cluster", resources: cluster({ deletionProtection: true }), expect: "pass" },
    { name: "unknown during preview", resources: cluster({ deletionProtection: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
