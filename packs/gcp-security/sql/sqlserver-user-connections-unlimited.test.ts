import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases, sqlInstance } from "./__tests__/flag-cases";
import rule from "./sqlserver-user-connections-unlimited";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "sqlserver", flag: "user connections", passing: "0", failing: "100" }),
    { name: "a limit of 1 fails", resources: sqlInstance("sqlserver", [{ name: "user connections", value: "1" }]), expect: { violations: [{ messageId: "badValue", data: { engine: "SQL Server", name: "db", flag: "user connections", value: '"1"', expectation: 'it must be "0" (no limit)' } }] } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
