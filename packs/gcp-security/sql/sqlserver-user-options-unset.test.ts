import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases, sqlInstance } from "./__tests__/flag-cases";
import rule from "./sqlserver-user-options-unset";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "sqlserver", flag: "user options", failing: "16" }),
    { name: "any value fails, 0 included", resources: sqlInstance("sqlserver", [{ name: "user options", value: "0" }]), expect: { violations: [{ messageId: "badValue", data: { engine: "SQL Server", name: "db", flag: "user options", value: '"0"', expectation: "it must not be set" } }] } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
