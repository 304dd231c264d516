import { defineRule, listOf } from "../../../src";
import { isGlobalSecondary } from "../lib/elasticache-global";
import { REPLICATION_GROUP } from "../lib/elasticache-engines";
import type {} from "../../../src/types/aws/elasticache";

function isSet(value: unknown): boolean {
    return typeof value === "string" && value.trim() !== "";
}

export default defineRule({
    id: "elasticache-redis-auth",
    title: "ElastiCache replication groups require authentication",
    description:
        "A Redis OSS or Valkey replication group without an AUTH token or a user group (RBAC) runs any command from anyone who can reach its endpoint: read every key, FLUSHALL, or rewrite data. Security Hub (ElastiCache.6) only asks this of engine versions before 6.0; this rule is stricter and asks it of every version, since from 6.0 on access control is still off unless a user group is attached.",
    severity: "high",
    service: "elasticache",
    frameworks: {
        "aws-fsbp": ["ElastiCache.6"],
        "nist-800-53-r5": ["AC-3", "IA-2"],
    },
    tags: ["authentication", "access-control"],
    remediation:
        "Attach a user group with `userGroupIds: [userGroup.userGroupId]` (engine 6.0 and later, the preferred way), or set `authToken` (or `authTokenWo`) from a secret, which needs `transitEncryptionEnabled: true`.",
    defaultLevel: "advisory",
    messages: {
        open: "Replication group `{{name}}` requires no authentication: it sets neither authToken nor userGroupIds.",
    },
    examples: {
        violating: [
            {
                description: "a replication group anyone on the network can use",
                resources: [
                    {
                        type: REPLICATION_GROUP,
                        name: "sessions",
                        props: { description: "Session cache", engine: "redis", engineVersion: "7.1", nodeType: "cache.t4g.small", transitEncryptionEnabled: true },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a replication group with a user group (RBAC)",
                resources: [
                    {
                        type: REPLICATION_GROUP,
                        name: "sessions",
                        props: {
                            description: "Session cache",
                            engine: "redis",
                            engineVersion: "7.1",
                            nodeType: "cache.t4g.small",
                            transitEncryptionEnabled: true,
                            userGroupIds: ["sessions-users"],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: REPLICATION_GROUP,
    validate(props, ctx) {
        if (isGlobalSecondary(props)) ctx.notApplicable("A secondary of a global datastore takes its authentication from the primary group.");
        if (listOf(props.userGroupIds).some(isSet)) return;
        if (isSet(props.authToken) || isSet(props.authTokenWo)) return;
        ctx.report({ messageId: "open", data: { name: ctx.name }, propertyPath: "authToken" });
    },
});
