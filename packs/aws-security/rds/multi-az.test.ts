import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./multi-az";

const instance = (props: MockProps<"aws:rds/instance:Instance">, name = "orders-db") =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.m6g.large", engine: "postgres", allocatedStorage: 100, ...props }, { name });
const cluster = (props: MockProps<"aws:rds/cluster:Cluster"> = {}) =>
    mockResource("aws:rds/cluster:Cluster", { clusterIdentifier: "orders", engine: "aurora-postgresql", ...props }, { name: "orders" });
const member = (name: string, props: MockProps<"aws:rds/clusterInstance:ClusterInstance"> = {}, dependsOn?: string) =>
    mockResource(
        "aws:rds/clusterInstance:ClusterInstance",
        { clusterIdentifier: "orders", engine: "aurora-postgresql", instanceClass: "db.r6g.large", ...props },
        { name, propertyDependencies: dependsOn ? { clusterIdentifier: [dependsOn] } : undefined },
    );
const aurora = cluster();

export const cases: RuleCase[] = [
    {
        name: "instance without multiAz (default false)",
        resources: instance({}),
        expect: { violations: [{ messageId: "instanceSingleAz", data: { name: "orders-db", state: "not set, and defaults to false" }, propertyPath: "multiAz" }] },
    },
    { name: "instance with multiAz false", resources: instance({ multiAz: false }), expect: { violations: [{ messageId: "instanceSingleAz", data: { name: "orders-db", state: "false" } }] } },
    { name: "read replica without multiAz", resources: instance({ replicateSourceDb: "orders-db-primary" }, "orders-replica"), expect: { violations: [{ messageId: "instanceSingleAz" }] } },
    { name: "Multi-AZ instance", resources: instance({ multiAz: true }), expect: "pass" },
    { name: "SQL Server Express cannot run Multi-AZ", resources: instance({ engine: "sqlserver-ex" }), expect: "pass" },
    { name: "SQL Server Standard without Multi-AZ", resources: instance({ engine: "sqlserver-se", licenseModel: "license-included" }), expect: { violations: ["multiAz"] } },
    { name: "multiAz unknown during preview", resources: instance({ multiAz: unknown("boolean") }), expect: "skipped" },
    {
        name: "one instance single-AZ, one Multi-AZ",
        resources: [instance({ multiAz: true }), instance({}, "reports-db")],
        expect: { violations: [{ messageId: "instanceSingleAz", data: { name: "reports-db", state: "not set, and defaults to false" } }] },
    },
    {
        name: "Aurora cluster with one instance",
        resources: [aurora, member("orders-1")],
        expect: { violations: [{ urn: aurora.urn, messageId: "clusterOneInstance", data: { name: "orders", instance: "orders-1" } }] },
    },
    { name: "Aurora cluster alone, zones left to RDS (instances may be in another stack)", resources: [aurora], expect: "pass" },
    { name: "Aurora cluster alone, three zones allowed", resources: [cluster({ availabilityZones: ["eu-west-1a", "eu-west-1b", "eu-west-1c"] })], expect: "pass" },
    {
        name: "Aurora cluster alone, one zone allowed",
        resources: [cluster({ availabilityZones: ["eu-west-1a"] })],
        expect: { violations: [{ urn: aurora.urn, messageId: "clusterOneListedZone", data: { name: "orders" }, propertyPath: "availabilityZones" }] },
    },
    { name: "Aurora cluster alone, zones unknown during preview", resources: [cluster({ availabilityZones: ["eu-west-1a", unknown()] })], expect: "skipped" },
    { name: "Aurora cluster with a writer and a reader", resources: [aurora, member("orders-1"), member("orders-2")], expect: "pass" },
    {
        name: "Aurora instances in two zones",
        resources: [aurora, member("orders-1", { availabilityZone: "eu-west-1a" }), member("orders-2", { availabilityZone: "eu-west-1b" })],
        expect: "pass",
    },
    {
        name: "Aurora instances all pinned to one zone",
        resources: [aurora, member("orders-1", { availabilityZone: "eu-west-1a" }), member("orders-2", { availabilityZone: "eu-west-1a" })],
        expect: { violations: [{ urn: aurora.urn, messageId: "clusterOneZone", data: { name: "orders", count: 2 } }] },
    },
    {
        name: "instances of another cluster do not count",
        resources: [aurora, member("orders-1"), member("other-1", { clusterIdentifier: "other" }), member("other-2", { clusterIdentifier: "other" })],
        expect: { violations: [{ messageId: "clusterOneInstance", data: { name: "orders", instance: "orders-1" } }] },
    },
    {
        name: "join through the property dependency while the cluster identifier is unknown (preview)",
        resources: [
            mockResource("aws:rds/cluster:Cluster", { engine: "aurora-mysql" }, { name: "orders" }),
            member("orders-1", { clusterIdentifier: unknown() }, aurora.urn),
            member("orders-2", { clusterIdentifier: unknown() }, aurora.urn),
        ],
        expect: "pass",
    },
    {
        name: "an instance whose cluster cannot be told (preview): the cluster is not judged",
        resources: [aurora, member("orders-1"), member("mystery-1", { clusterIdentifier: unknown() })],
        expect: "skipped",
    },
    {
        name: "an unjoined instance may be this cluster's, in another zone: not judged",
        resources: [aurora, member("orders-1", { availabilityZone: "eu-west-1a" }), member("orders-2", { availabilityZone: "eu-west-1a" }), member("mystery-1", { clusterIdentifier: unknown() })],
        expect: "skipped",
    },
    {
        name: "an unjoined instance does not hide a single-AZ DB instance",
        resources: [instance({}), aurora, member("orders-1"), member("mystery-1", { clusterIdentifier: unknown() })],
        expect: { violations: [{ messageId: "instanceSingleAz", data: { name: "orders-db", state: "not set, and defaults to false" } }] },
    },
    {
        name: "a zone unknown during preview",
        resources: [aurora, member("orders-1", { availabilityZone: "eu-west-1a" }), member("orders-2", { availabilityZone: unknown() })],
        expect: "skipped",
    },
    {
        name: "Multi-AZ DB cluster (three zones by design)",
        resources: [cluster({ engine: "postgres", dbClusterInstanceClass: "db.m6gd.large", storageType: "io1", allocatedStorage: 100, iops: 1000 })],
        expect: "pass",
    },
    { name: "Aurora Serverless v1 is not judged", resources: [cluster({ engineMode: "serverless" })], expect: "pass" },
    { name: "no database in the stack", resources: [mockResource("aws:rds/subnetGroup:SubnetGroup", { subnetIds: ["subnet-1", "subnet-2"] })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
