import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./replication-group-encrypted-in-transit";

const group = (props: MockProps<"aws:elasticache/replicationGroup:ReplicationGroup">) =>
    mockResource("aws:elasticache/replicationGroup:ReplicationGroup", { description: "sessions", nodeType: "cache.t4g.small", ...props }, { name: "sessions" });

export const cases: RuleCase[] = [
    { name: "not set", resources: group({}), expect: { violations: [{ propertyPath: "transitEncryptionEnabled", messageIncludes: "does not enable" }] } },
    { name: "explicitly off", resources: group({ transitEncryptionEnabled: false }), expect: { violations: [{ propertyPath: "transitEncryptionEnabled", messageIncludes: "turns" }] } },
    {
        name: "enabled but still in the preferred (migration) mode",
        resources: group({ transitEncryptionEnabled: true, transitEncryptionMode: "preferred" }),
        expect: { violations: [{ propertyPath: "transitEncryptionMode", messageIncludes: '"preferred"' }] },
    },
    { name: "enabled", resources: group({ transitEncryptionEnabled: true }), expect: "pass" },
    { name: "enabled and required", resources: group({ transitEncryptionEnabled: true, transitEncryptionMode: "required" }), expect: "pass" },
    { name: "secondary of a global datastore", resources: group({ globalReplicationGroupId: unknown() }), expect: "pass" },
    { name: "flag unknown during preview", resources: group({ transitEncryptionEnabled: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
