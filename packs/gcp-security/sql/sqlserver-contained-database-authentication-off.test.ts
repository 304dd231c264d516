import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases } from "./__tests__/flag-cases";
import rule from "./sqlserver-contained-database-authentication-off";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "sqlserver", flag: "contained database authentication", passing: "off", failing: "on" }),
];

test.each(cases)("$name", (c) => checkCase(rule, c));
