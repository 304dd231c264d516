import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases, sqlInstance } from "./__tests__/flag-cases";
import rule from "./postgres-log-min-error-statement";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "postgres", flag: "log_min_error_statement", passing: "error", failing: "warning" }),
    { name: "panic passes", resources: sqlInstance("postgres", [{ name: "log_min_error_statement", value: "panic" }]), expect: "pass" },
    { name: "a debug level fails", resources: sqlInstance("postgres", [{ name: "log_min_error_statement", value: "debug5" }]), expect: { violations: ["settings.databaseFlags[0].value"] } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
