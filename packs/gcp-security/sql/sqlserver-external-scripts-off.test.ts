import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases } from "./__tests__/flag-cases";
import rule from "./sqlserver-external-scripts-off";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "sqlserver", flag: "external scripts enabled", passing: "off", failing: "on" }),
];

test.each(cases)("$name", (c) => checkCase(rule, c));
