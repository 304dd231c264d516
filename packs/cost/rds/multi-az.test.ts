import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./multi-az";

const db = (multiAz: MockProps<"aws:rds/instance:Instance">["multiAz"], stack = "test") =>
    mockResource("aws:rds/instance:Instance", { engine: "postgres", instanceClass: "db.t4g.medium", multiAz }, { name: "orders", stack });
const PER_ENV = { "cost-rds-multi-az": { allowMultiAzByEnvironment: { prod: true, "*": false } } };

export const cases: RuleCase[] = [
    { name: "Multi-AZ is allowed by default", resources: db(true), expect: "not-judged" },
    {
        name: "Multi-AZ when the config says it is not expected",
        resources: db(true),
        options: { config: { "cost-rds-multi-az": { allowMultiAz: false } } },
        expect: { violations: [{ propertyPath: "multiAz", messageIncludes: "doubles its instance and storage cost" }] },
    },
    { name: "single-AZ is fine", resources: db(false), options: { config: { "cost-rds-multi-az": { allowMultiAz: false } } }, expect: "pass" },
    { name: "per environment: dev stack", resources: db(true, "dev"), options: { config: PER_ENV }, expect: { violations: [{ messageIncludes: '"dev" environment' }] } },
    { name: "per environment: prod stack", resources: db(true, "prod"), options: { config: PER_ENV }, expect: "not-judged" },
    { name: "multiAz unknown during preview", resources: db(unknown("boolean"), "dev"), options: { config: PER_ENV }, expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
