import { checkCase, type RuleCase } from "../../../src/testing";
import { flagCases, sqlInstance } from "./__tests__/flag-cases";
import rule from "./postgres-log-min-messages";

export const cases: RuleCase[] = [
    ...flagCases({ engine: "postgres", flag: "log_min_messages", passing: "warning", failing: "debug1" }),
    { name: "a more severe level than warning passes", resources: sqlInstance("postgres", [{ name: "log_min_messages", value: "fatal" }]), expect: "pass" },
    { name: "notice, one below warning, fails", resources: sqlInstance("postgres", [{ name: "log_min_messages", value: "notice" }]), expect: { violations: ["settings.databaseFlags[0].value"] } },
    { name: "a word that is no severity fails", resources: sqlInstance("postgres", [{ name: "log_min_messages", value: "loud" }]), expect: { violations: ["settings.databaseFlags[0].value"] } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
