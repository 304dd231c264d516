import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases } from "./__tests__/flag-cases";
import rule from "./sqlserver-trace-flag-3625-on";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "sqlserver", flag: "3625", passing: "on", failing: "off", failingDefault: "off" }),
];

test.each(cases)("$name", (c) => checkCase(rule, c));
