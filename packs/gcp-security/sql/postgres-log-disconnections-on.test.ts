import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases } from "./__tests__/flag-cases";
import rule from "./postgres-log-disconnections-on";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "postgres", flag: "log_disconnections", passing: "on", failing: "off", failingDefault: "off" }),
];

test.each(cases)("$name", (c) => checkCase(rule, c));
