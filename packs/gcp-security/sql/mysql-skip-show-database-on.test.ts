import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases } from "./__tests__/flag-cases";
import rule from "./mysql-skip-show-database-on";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "mysql", flag: "skip_show_database", passing: "on", failing: "off", failingDefault: "off" }),
];

test.each(cases)("$name", (c) => checkCase(rule, c));
