import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases, sqlInstance } from "./__tests__/flag-cases";
import rule from "./postgres-log-statement";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "postgres", flag: "log_statement", passing: "ddl", failing: "none", failingDefault: "none" }),
    { name: "mod logs DDL too", resources: sqlInstance("postgres", [{ name: "log_statement", value: "mod" }]), expect: "pass" },
    { name: "all logs DDL too", resources: sqlInstance("postgres", [{ name: "log_statement", value: "all" }]), expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
