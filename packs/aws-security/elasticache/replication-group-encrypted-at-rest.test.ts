import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./replication-group-encrypted-at-rest";

const group = (props: MockProps<"aws:elasticache/replicationGroup:ReplicationGroup">) =>
    mockResource("aws:elasticache/replicationGroup:ReplicationGroup", { description: "sessions", nodeType: "cache.t4g.small", ...props }, { name: "sessions" });

export const cases: RuleCase[] = [
    {
        name: "explicitly off",
        resources: group({ engine: "redis", atRestEncryptionEnabled: false }),
        expect: { violations: [{ propertyPath: "atRestEncryptionEnabled", messageIncludes: "`sessions`" }] },
    },
    {
        name: "unset with the default engine (Redis OSS)",
        resources: group({}),
        expect: { violations: [{ propertyPath: "atRestEncryptionEnabled", messageIncludes: "default Redis OSS" }] },
    },
    { name: "unset with engine redis", resources: group({ engine: "redis" }), expect: { violations: ["atRestEncryptionEnabled"] } },
    { name: "unset with Valkey, which encrypts by default", resources: group({ engine: "valkey" }), expect: "pass" },
    { name: "Valkey explicitly off", resources: group({ engine: "valkey", atRestEncryptionEnabled: false }), expect: { violations: ["atRestEncryptionEnabled"] } },
    { name: "enabled", resources: group({ engine: "redis", atRestEncryptionEnabled: true, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" }), expect: "pass" },
    { name: "secondary of a global datastore is judged on its primary", resources: group({ globalReplicationGroupId: "ldgnf-global" }), expect: "pass" },
    { name: "flag unknown during preview", resources: group({ atRestEncryptionEnabled: unknown("boolean") }), expect: "skipped" },
    { name: "engine unknown while the flag is unset", resources: group({ engine: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
