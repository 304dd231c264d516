import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./instance-class-allowed";

const CONFIG = { "cost-rds-instance-class-allowed": { allowedInstanceClasses: { test: ["db.t3.*", "db.t4g.*"] } } };
const db = (instanceClass: MockProps<"aws:rds/instance:Instance">["instanceClass"]) => mockResource("aws:rds/instance:Instance", { engine: "postgres", instanceClass }, { name: "orders" });

export const cases: RuleCase[] = [
    {
        name: "a class outside the allow-list",
        resources: db("db.r6g.4xlarge"),
        options: { config: CONFIG },
        expect: { violations: [{ propertyPath: "instanceClass", messageIncludes: 'DB instance `orders` uses the instance class "db.r6g.4xlarge"' }] },
    },
    { name: "an allowed class", resources: db("db.t4g.medium"), options: { config: CONFIG }, expect: "pass" },
    { name: "no allow-list configured", resources: db("db.x2g.16xlarge"), expect: "not-judged" },
    {
        name: "Aurora cluster instances",
        resources: mockResource("aws:rds/clusterInstance:ClusterInstance", { clusterIdentifier: "c", instanceClass: "db.r6g.large", engine: "aurora-postgresql" }),
        options: { config: CONFIG },
        expect: { violations: [{ propertyPath: "instanceClass", messageIncludes: "Cluster instance" }] },
    },
    { name: "instance class unknown during preview", resources: db(unknown()), options: { config: CONFIG }, expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
