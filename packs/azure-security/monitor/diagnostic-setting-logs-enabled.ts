import { defineRule, known, listOf, recordOf } from "../../../src";
import type {} from "../../../src/types/azure-native/monitor";

/** The activity log categories CIS asks a subscription's diagnostic setting to export. */
const ACTIVITY_LOG_CATEGORIES = ["Administrative", "Alert", "Policy", "Security"] as const;

/** Where a diagnostic setting can send logs; Azure requires at least one. */
const DESTINATIONS = ["workspaceId", "storageAccountId", "eventHubAuthorizationRuleId", "marketplacePartnerId"] as const;

/** A subscription's own ID, `/subscriptions/<id>`: a DiagnosticSetting there exports the activity log. */
const SUBSCRIPTION_SCOPE = /^\/?subscriptions\/[^/]+\/?$/i;

function lower(value: unknown): string {
    return typeof value === "string" ? value.trim().toLowerCase() : "";
}

/** The categories and category groups that the setting's `logs` switch on, lower-cased. */
function enabledLogs(logs: unknown): { readonly categories: Set<string>; readonly groups: Set<string> } {
    const categories = new Set<string>();
    const groups = new Set<string>();
    for (const entry of listOf(logs)) {
        const log = recordOf(entry);
        if (log.enabled !== true) continue;
        if (lower(log.category)) categories.add(lower(log.category));
        if (lower(log.categoryGroup)) groups.add(lower(log.categoryGroup));
    }
    return { categories, groups };
}

/**
 * Judges each diagnostic setting: it sends somewhere, and it exports logs, not only metrics. A
 * subscription's setting (azure-native.monitor.SubscriptionDiagnosticSetting, or a DiagnosticSetting
 * whose `resourceUri` is the subscription) exports the activity log and must cover the
 * Administrative, Alert, Policy and Security categories (or the "allLogs" group). Whether every
 * resource and subscription has a setting at all is not something one resource can show. The
 * per-setting retention policy is not judged: Azure has retired it in favour of the
 * destination's own retention.
 */
export default defineRule({
    id: "azure-monitor-diagnostic-setting-logs-enabled",
    title: "Diagnostic settings export logs to a destination, and the activity log's key categories",
    description:
        "Azure keeps the activity log for 90 days and most resource logs not at all unless a diagnostic setting exports them. A setting that exports only metrics, or that leaves out the Administrative, Alert, Policy or Security categories of the activity log, loses the record of who changed what, which is needed to detect and investigate an attack.",
    severity: "medium",
    service: "monitor",
    frameworks: {
        "cis-azure-6.0": ["6.1.1.2", "6.1.4"],
        "nist-800-53-r5": ["AU-2", "AU-6", "AU-12"],
    },
    tags: ["logging"],
    remediation:
        'Give the diagnostic setting a destination (`workspaceId`, `storageAccountId` or `eventHubAuthorizationRuleId`) and `logs` entries with `enabled: true`: `{ categoryGroup: "allLogs", enabled: true }` for a resource, and one entry each for "Administrative", "Alert", "Policy" and "Security" on an azure-native.monitor.SubscriptionDiagnosticSetting.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an activity log export without the Security and Policy categories",
                resources: [
                    {
                        type: "azure-native:monitor:SubscriptionDiagnosticSetting",
                        name: "activity-log",
                        props: {
                            workspaceId: "/subscriptions/0000/resourceGroups/rg-log/providers/Microsoft.OperationalInsights/workspaces/central",
                            logs: [
                                { category: "Administrative", enabled: true },
                                { category: "Alert", enabled: true },
                            ],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an activity log export with the four categories",
                resources: [
                    {
                        type: "azure-native:monitor:SubscriptionDiagnosticSetting",
                        name: "activity-log",
                        props: {
                            workspaceId: "/subscriptions/0000/resourceGroups/rg-log/providers/Microsoft.OperationalInsights/workspaces/central",
                            logs: ACTIVITY_LOG_CATEGORIES.map((category) => ({ category, enabled: true })),
                        },
                    },
                ],
            },
            {
                description: "a resource's logs sent to Log Analytics",
                resources: [
                    {
                        type: "azure-native:monitor:DiagnosticSetting",
                        name: "vault-logs",
                        props: {
                            resourceUri: "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/app-kv",
                            workspaceId: "/subscriptions/0000/resourceGroups/rg-log/providers/Microsoft.OperationalInsights/workspaces/central",
                            logs: [{ categoryGroup: "audit", enabled: true }],
                        },
                    },
                ],
            },
        ],
    },
    messages: {
        noDestination: "Diagnostic setting `{{name}}` sends its logs nowhere: none of workspaceId, storageAccountId, eventHubAuthorizationRuleId or marketplacePartnerId is set.",
        noLogs: "Diagnostic setting `{{name}}` exports no logs: no entry in logs is enabled.",
        missingCategories: "Diagnostic setting `{{name}}` exports the subscription's activity log without the {{categories}} categories: logs has no enabled entry for them.",
    },
    resourceType: ["azure-native:monitor:DiagnosticSetting", "azure-native:monitor:SubscriptionDiagnosticSetting"],
    validate(props, ctx) {
        const data = { name: ctx.name };
        const record = props as Record<string, unknown>;
        if (!DESTINATIONS.some((key) => typeof record[key] === "string" && (record[key] as string).trim() !== "")) {
            ctx.report({ messageId: "noDestination", data, propertyPath: "workspaceId" });
        }
        const { categories, groups } = enabledLogs(props.logs);
        if (categories.size === 0 && groups.size === 0) {
            ctx.report({ messageId: "noLogs", data, propertyPath: "logs" });
            return;
        }
        const { resource } = ctx;
        let subscriptionScope = resource.type === "azure-native:monitor:SubscriptionDiagnosticSetting";
        if (resource.type === "azure-native:monitor:DiagnosticSetting") {
            // Often another resource's ID, unknown during preview: the other checks still run.
            const uri = known(() => resource.props.resourceUri);
            if (!uri.known) return;
            subscriptionScope = typeof uri.value === "string" && SUBSCRIPTION_SCOPE.test(uri.value.trim());
        }
        if (!subscriptionScope || groups.has("alllogs")) return;
        const missing = ACTIVITY_LOG_CATEGORIES.filter((c) => !categories.has(c.toLowerCase()));
        if (missing.length > 0) ctx.report({ messageId: "missingCategories", data: { ...data, categories: missing.join(", ") }, propertyPath: "logs" });
    },
});
