import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases } from "./__tests__/flag-cases";
import rule from "./sqlserver-cross-db-ownership-chaining-off";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "sqlserver", flag: "cross db ownership chaining", passing: "off", failing: "on" }),
];

test.each(cases)("$name", (c) => checkCase(rule, c));
