import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./enhanced-monitoring";

const ROLE = "arn:aws:iam::111122223333:role/rds-enhanced-monitoring";
const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "mysql", ...props }, { name: "shop-db" });
const member = (props: MockProps<"aws:rds/clusterInstance:ClusterInstance">) =>
    mockResource("aws:rds/clusterInstance:ClusterInstance", { clusterIdentifier: "shop", instanceClass: "db.r6g.large", engine: "aurora-mysql", ...props }, { name: "shop-1" });

export const cases: RuleCase[] = [
    {
        name: "instance default (0)",
        resources: instance({}),
        expect: { violations: [{ messageId: "off", data: { kind: "DB instance", name: "shop-db", state: "not set, and defaults to 0" }, propertyPath: "monitoringInterval" }] },
    },
    { name: "instance with 0", resources: instance({ monitoringInterval: 0 }), expect: { violations: [{ messageId: "off", data: { kind: "DB instance", name: "shop-db", state: "0" } }] } },
    { name: "Aurora instance without monitoring", resources: member({}), expect: { violations: [{ messageId: "off", data: { kind: "Cluster instance", name: "shop-1", state: "not set, and defaults to 0" } }] } },
    { name: "an interval AWS rejects", resources: instance({ monitoringInterval: 45, monitoringRoleArn: ROLE }), expect: { violations: [{ messageId: "invalid", propertyPath: "monitoringInterval" }] } },
    { name: "instance every 60 s", resources: instance({ monitoringInterval: 60, monitoringRoleArn: ROLE }), expect: "pass" },
    { name: "Aurora instance every second", resources: member({ monitoringInterval: 1, monitoringRoleArn: ROLE }), expect: "pass" },
    {
        name: "Multi-AZ DB cluster without monitoring",
        resources: mockResource("aws:rds/cluster:Cluster", { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large" }, { name: "ledger" }),
        expect: { violations: [{ messageId: "off", data: { kind: "DB cluster", name: "ledger", state: "not set, and defaults to 0" } }] },
    },
    {
        name: "Multi-AZ DB cluster every 30 s",
        resources: mockResource("aws:rds/cluster:Cluster", { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large", monitoringInterval: 30, monitoringRoleArn: ROLE }),
        expect: "pass",
    },
    { name: "Aurora cluster: judged through its instances", resources: mockResource("aws:rds/cluster:Cluster", { engine: "aurora-mysql" }), expect: "pass" },
    { name: "interval unknown during preview", resources: instance({ monitoringInterval: unknown("number") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
