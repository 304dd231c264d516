import { defineRule } from "../../../src";
import { CACHE_CLUSTER, cacheKind, REPLICATION_GROUP } from "../lib/elasticache-engines";
import type {} from "../../../src/types/aws/elasticache";

/** True for `true` and for the provider's string form "true" (any case). */
function isTrue(value: unknown): boolean {
    return value === true || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

export default defineRule({
    id: "elasticache-auto-minor-version-upgrade",
    title: "ElastiCache caches take minor engine upgrades automatically",
    description:
        "Minor engine versions carry security and bug fixes. With automatic minor version upgrades off, a cache keeps running a version with known flaws until someone upgrades it by hand. AWS turns the setting on when it is left out, so only an explicit opt-out is reported.",
    severity: "medium",
    service: "elasticache",
    frameworks: {
        "aws-fsbp": ["ElastiCache.2"],
        "nist-800-53-r5": ["SI-2"],
    },
    tags: ["patching"],
    remediation:
        'Remove `autoMinorVersionUpgrade: false` (or set it to `true`; the string `"true"` on aws.elasticache.Cluster) and pick a `maintenanceWindow` that suits the application.',
    defaultLevel: "advisory",
    messages: {
        disabled: "{{kind}} `{{name}}` turns automatic minor version upgrades off (autoMinorVersionUpgrade: false).",
    },
    examples: {
        violating: [
            {
                description: "a replication group that never takes minor upgrades",
                resources: [
                    {
                        type: REPLICATION_GROUP,
                        name: "sessions",
                        props: { description: "Session cache", engine: "redis", engineVersion: "7.1", nodeType: "cache.t4g.small", autoMinorVersionUpgrade: false },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a replication group with automatic minor upgrades",
                resources: [
                    {
                        type: REPLICATION_GROUP,
                        name: "sessions",
                        props: {
                            description: "Session cache",
                            engine: "redis",
                            engineVersion: "7.1",
                            nodeType: "cache.t4g.small",
                            autoMinorVersionUpgrade: true,
                            maintenanceWindow: "sun:05:00-sun:06:00",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [REPLICATION_GROUP, CACHE_CLUSTER],
    validate(props, ctx) {
        const value = props.autoMinorVersionUpgrade;
        // Absent means AWS's default, on.
        if (value === undefined || value === null || isTrue(value)) return;
        ctx.report({ messageId: "disabled", data: { kind: cacheKind(ctx.type), name: ctx.name }, propertyPath: "autoMinorVersionUpgrade" });
    },
    remediate(_props, ctx) {
        const { resource } = ctx;
        if (resource.type === CACHE_CLUSTER) resource.props.autoMinorVersionUpgrade = "true";
        else resource.props.autoMinorVersionUpgrade = true;
    },
});
