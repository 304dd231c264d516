import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./analyzer-enabled";

const analyzer = (type?: unknown, name = "account") =>
    mockResource("aws:accessanalyzer/analyzer:Analyzer", { analyzerName: name, type: type as string | undefined }, { name });
const required = { config: { "accessanalyzer-analyzer-enabled": { required: true } } };
const bucket = mockResource("aws:s3/bucket:Bucket", { bucket: "b" });

export const cases: RuleCase[] = [
    { name: "an account analyzer", resources: [analyzer("ACCOUNT")], expect: "pass" },
    { name: "type unset is ACCOUNT", resources: [analyzer(undefined)], expect: "pass" },
    { name: "an organization analyzer", resources: [analyzer("ORGANIZATION", "org")], expect: "pass" },
    {
        name: "only an unused-access analyzer",
        resources: [analyzer("ACCOUNT_UNUSED_ACCESS", "unused")],
        expect: { violations: [{ messageId: "noExternal", data: { count: 1 } }] },
    },
    { name: "an unused-access analyzer next to an external one", resources: [analyzer("ACCOUNT_UNUSED_ACCESS", "unused"), analyzer("ACCOUNT")], expect: "pass" },
    { name: "type unknown during preview", resources: [analyzer("ACCOUNT_UNUSED_ACCESS", "unused"), analyzer(unknown())], expect: "skipped" },
    { name: "no analyzer, not required", resources: [bucket], expect: "not-judged" },
    { name: "no analyzer when required", resources: [bucket], options: required, expect: { violations: [{ messageId: "missing" }] } },
    { name: "an analyzer when required", resources: [analyzer("ACCOUNT")], options: required, expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
