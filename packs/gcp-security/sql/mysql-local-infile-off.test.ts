import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases } from "./__tests__/flag-cases";
import rule from "./mysql-local-infile-off";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "mysql", flag: "local_infile", passing: "off", failing: "on", failingDefault: "on" }),
];

test.each(cases)("$name", (c) => checkCase(rule, c));
