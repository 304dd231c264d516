import { checkCase, mockResource, secret, unknown, unreadableSecret, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./redis-auth";

const group = (props: MockProps<"aws:elasticache/replicationGroup:ReplicationGroup">) =>
    mockResource("aws:elasticache/replicationGroup:ReplicationGroup", { description: "sessions", nodeType: "cache.t4g.small", transitEncryptionEnabled: true, ...props }, { name: "sessions" });

export const cases: RuleCase[] = [
    { name: "no AUTH token, no user group", resources: group({}), expect: { violations: [{ messageId: "open", data: { name: "sessions" }, propertyPath: "authToken" }] } },
    { name: "Redis OSS 5 without AUTH (the Security Hub case)", resources: group({ engine: "redis", engineVersion: "5.0.6" }), expect: { violations: [{ messageId: "open" }] } },
    { name: "Valkey without a user group", resources: group({ engine: "valkey", engineVersion: "8.0" }), expect: { violations: [{ messageId: "open" }] } },
    { name: "an empty user group list", resources: group({ userGroupIds: [] }), expect: { violations: [{ messageId: "open" }] } },
    { name: "an empty AUTH token", resources: group({ authToken: "" }), expect: { violations: [{ messageId: "open" }] } },
    { name: "AUTH token (a secret)", resources: group({ authToken: secret("correct-horse-battery-staple-42") }), expect: "pass" },
    { name: "write-only AUTH token", resources: group({ authTokenWo: secret("correct-horse-battery-staple-42"), authTokenWoVersion: 1 }), expect: "pass" },
    { name: "user group", resources: group({ userGroupIds: ["sessions-users"] }), expect: "pass" },
    { name: "secondary of a global datastore", resources: group({ globalReplicationGroupId: "ldgnf-global" }), expect: "pass" },
    { name: "user group unknown during preview", resources: group({ userGroupIds: unknown() }), expect: "skipped" },
    { name: "AUTH token that cannot be read", resources: group({ authToken: unreadableSecret() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
