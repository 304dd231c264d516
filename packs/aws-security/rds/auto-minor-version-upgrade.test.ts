import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./auto-minor-version-upgrade";

const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "postgres", ...props }, { name: "events-db" });

export const cases: RuleCase[] = [
    {
        name: "instance with upgrades off",
        resources: instance({ autoMinorVersionUpgrade: false }),
        expect: { violations: [{ messageId: "upgradesOff", data: { kind: "DB instance", name: "events-db" }, propertyPath: "autoMinorVersionUpgrade" }] },
    },
    {
        name: "cluster with upgrades off",
        resources: mockResource("aws:rds/cluster:Cluster", { engine: "postgres", autoMinorVersionUpgrade: false }),
        expect: { violations: [{ messageIncludes: "DB cluster" }] },
    },
    {
        name: "Aurora instance with upgrades off",
        resources: mockResource("aws:rds/clusterInstance:ClusterInstance", {
            clusterIdentifier: "events",
            instanceClass: "db.r6g.large",
            engine: "aurora-postgresql",
            autoMinorVersionUpgrade: false,
        }),
        expect: { violations: [{ messageIncludes: "Cluster instance" }] },
    },
    { name: "default (true)", resources: instance({}), expect: "pass" },
    { name: "explicitly on", resources: instance({ autoMinorVersionUpgrade: true }), expect: "pass" },
    { name: "unknown during preview", resources: instance({ autoMinorVersionUpgrade: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
