import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./document-not-public";

const document = (props: MockProps<"aws:ssm/document:Document">) =>
    mockResource("aws:ssm/document:Document", { documentType: "Command", content: "{}", ...props }, { name: "runbook" });

export const cases: RuleCase[] = [
    { name: "shared with All", resources: document({ permissions: { type: "Share", accountIds: "All" } }), expect: { violations: [{ messageId: "sharedWithAll", data: { name: "runbook" }, propertyPath: "permissions.accountIds" }] } },
    { name: "all among accounts, lower case", resources: document({ permissions: { type: "Share", accountIds: "111122223333, all" } }), expect: { violations: [{ messageId: "sharedWithAll" }] } },
    { name: "shared with named accounts", resources: document({ permissions: { type: "Share", accountIds: "111122223333,444455556666" } }), expect: "pass" },
    { name: "not shared", resources: document({}), expect: "pass" },
    { name: "unknown during preview", resources: document({ permissions: { type: "Share", accountIds: unknown("string") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
