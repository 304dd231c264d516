import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases } from "./__tests__/flag-cases";
import rule from "./sqlserver-remote-access-off";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "sqlserver", flag: "remote access", passing: "off", failing: "on", failingDefault: "on" }),
];

test.each(cases)("$name", (c) => checkCase(rule, c));
