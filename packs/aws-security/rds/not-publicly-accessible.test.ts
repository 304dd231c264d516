import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./not-publicly-accessible";

const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "mysql", ...props }, { name: "shop-db" });
const clusterInstance = (props: MockProps<"aws:rds/clusterInstance:ClusterInstance">) =>
    mockResource("aws:rds/clusterInstance:ClusterInstance", { clusterIdentifier: "shop", instanceClass: "db.r6g.large", engine: "aurora-mysql", ...props }, { name: "shop-1" });

export const cases: RuleCase[] = [
    { name: "public instance", resources: instance({ publiclyAccessible: true }), expect: { violations: [{ messageId: "public", data: { kind: "DB instance", name: "shop-db" }, propertyPath: "publiclyAccessible" }] } },
    { name: "public Aurora instance", resources: clusterInstance({ publiclyAccessible: true }), expect: { violations: [{ propertyPath: "publiclyAccessible", messageIncludes: "Cluster instance" }] } },
    { name: "private instance", resources: instance({ publiclyAccessible: false }), expect: "pass" },
    { name: "default (private)", resources: clusterInstance({}), expect: "pass" },
    { name: "unknown during preview", resources: instance({ publiclyAccessible: unknown("boolean") }), expect: "skipped" },
    {
        name: "not remediated: turning public access off is a behaviour change",
        resources: instance({ publiclyAccessible: true }),
        options: { level: "remediate" },
        expect: { violations: ["publiclyAccessible"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
