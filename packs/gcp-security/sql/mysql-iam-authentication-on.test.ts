import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases } from "./__tests__/flag-cases";
import rule from "./mysql-iam-authentication-on";

export const cases: RuleCase[] = [...flagCases({ engine: "mysql", flag: "cloudsql_iam_authentication", passing: "on", failing: "off", failingDefault: "off" })];

test.each(cases)("$name", (c) => checkCase(rule, c));
