import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases, sqlInstance } from "./__tests__/flag-cases";
import rule from "./postgres-log-min-duration-statement-disabled";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "postgres", flag: "log_min_duration_statement", passing: "-1", failing: "0" }),
    { name: "a threshold of 0 logs every statement", resources: sqlInstance("postgres", [{ name: "log_min_duration_statement", value: "0" }]), expect: { violations: [{ messageId: "badValue", data: { engine: "PostgreSQL", name: "db", flag: "log_min_duration_statement", value: '"0"', expectation: 'it must be "-1" (disabled)' } }] } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
