import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases, sqlInstance } from "./__tests__/flag-cases";
import rule from "./postgres-log-error-verbosity";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "postgres", flag: "log_error_verbosity", passing: "default", failing: "terse" }),
    { name: "verbose passes", resources: sqlInstance("postgres", [{ name: "log_error_verbosity", value: "verbose" }]), expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
