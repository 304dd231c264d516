import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/azure-native/network";

const MIN_DAYS = 90;

/**
 * What the settings mean, per Network Watcher's documentation: `retentionPolicy.days` 0 keeps
 * records until they are deleted by hand, and a disabled (or absent) retention policy deletes
 * nothing, so both keep the logs at least 90 days. Only an enabled policy with 1-89 days deletes
 * them too soon. `enabled` has no documented default, so only true counts as logging.
 */
export default defineRule({
    id: "azure-network-flow-log-retention",
    title: "Flow logs are on and kept at least 90 days",
    description:
        "Network security group and virtual network flow logs record which addresses reached which ports, the evidence needed to trace an intrusion that is often found weeks after it began. A flow log must be enabled, and its retention policy must not delete records before 90 days.",
    severity: "medium",
    service: "network",
    frameworks: {
        "cis-azure-6.0": ["7.5", "7.8"],
        "nist-800-53-r5": ["AU-4", "AU-11", "AU-12"],
    },
    tags: ["logging"],
    configSchema: {
        properties: {
            minimumDays: { type: "integer", minimum: 1, maximum: 365, description: "The fewest days a retention policy may keep flow log records (0, keeping them forever, always passes)." },
        },
    },
    configDefaults: { minimumDays: MIN_DAYS },
    remediation: "Set `enabled: true` on the flow log and `retentionPolicy: { enabled: true, days: 90 }` (or more; 0 keeps records forever).",
    defaultLevel: "advisory",
    messages: {
        disabled: "Flow log `{{name}}` is not logging: enabled is {{value}}. Set enabled to true.",
        shortRetention: "Flow log `{{name}}` deletes records after {{days}} days: retentionPolicy.days is below {{minimum}}. Set retentionPolicy.days to {{minimum}} or more, or 0 to keep them forever.",
        unreadableDays: "Flow log `{{name}}` has an enabled retention policy whose retentionPolicy.days is not a whole number of days. Set it to {{minimum}} or more, or 0 to keep records forever.",
    },
    examples: {
        violating: [
            {
                description: "a flow log kept for a week",
                resources: [
                    {
                        type: "azure-native:network:FlowLog",
                        name: "nsg-app-flows",
                        props: {
                            resourceGroupName: "NetworkWatcherRG",
                            networkWatcherName: "NetworkWatcher_westeurope",
                            targetResourceId: "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/app",
                            storageId: "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/acmeflowlogs",
                            enabled: true,
                            retentionPolicy: { enabled: true, days: 7 },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a flow log kept for 90 days",
                resources: [
                    {
                        type: "azure-native:network:FlowLog",
                        name: "nsg-app-flows",
                        props: {
                            resourceGroupName: "NetworkWatcherRG",
                            networkWatcherName: "NetworkWatcher_westeurope",
                            targetResourceId: "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/app",
                            storageId: "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/acmeflowlogs",
                            enabled: true,
                            retentionPolicy: { enabled: true, days: 90 },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:network:FlowLog",
    validate(props, ctx) {
        const enabled: unknown = props.enabled;
        if (enabled !== true) {
            const value = enabled === undefined || enabled === null ? "not set" : typeof enabled === "boolean" ? "false" : "not a boolean";
            ctx.report({ messageId: "disabled", data: { name: ctx.name, value }, propertyPath: "enabled" });
        }
        const policy = recordOf(props.retentionPolicy);
        // Without an enabled policy Network Watcher deletes nothing.
        if (policy.enabled !== true) return;
        const days: unknown = policy.days;
        const minimum = ctx.config.minimumDays;
        // The SDK sends an absent days as 0: kept forever.
        if (days === undefined || days === null || days === 0) return;
        if (typeof days !== "number" || !Number.isInteger(days) || days < 0) {
            ctx.report({ messageId: "unreadableDays", data: { name: ctx.name, minimum }, propertyPath: "retentionPolicy.days" });
        } else if (days < minimum) {
            ctx.report({ messageId: "shortRetention", data: { name: ctx.name, days, minimum }, propertyPath: "retentionPolicy.days" });
        }
    },
});
