import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./flow-log-retention";

const flowLog = (props: MockProps<"azure-native:network:FlowLog">) =>
    mockResource(
        "azure-native:network:FlowLog",
        {
            resourceGroupName: "NetworkWatcherRG",
            networkWatcherName: "NetworkWatcher_westeurope",
            targetResourceId: "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/networkSecurityGroups/app",
            storageId: "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/acmeflowlogs",
            ...props,
        },
        { name: "flows" },
    );

export const cases: RuleCase[] = [
    {
        name: "kept for a week",
        resources: flowLog({ enabled: true, retentionPolicy: { enabled: true, days: 7 } }),
        expect: { violations: [{ messageId: "shortRetention", data: { name: "flows", days: 7, minimum: 90 }, propertyPath: "retentionPolicy.days" }] },
    },
    { name: "89 days is too few", resources: flowLog({ enabled: true, retentionPolicy: { enabled: true, days: 89 } }), expect: { violations: ["retentionPolicy.days"] } },
    { name: "90 days", resources: flowLog({ enabled: true, retentionPolicy: { enabled: true, days: 90 } }), expect: "pass" },
    { name: "a year", resources: flowLog({ enabled: true, retentionPolicy: { enabled: true, days: 365 } }), expect: "pass" },
    { name: "0 days keeps records forever", resources: flowLog({ enabled: true, retentionPolicy: { enabled: true, days: 0 } }), expect: "pass" },
    { name: "a disabled retention policy deletes nothing", resources: flowLog({ enabled: true, retentionPolicy: { enabled: false, days: 7 } }), expect: "pass" },
    { name: "no retention policy deletes nothing", resources: flowLog({ enabled: true }), expect: "pass" },
    {
        name: "logging switched off",
        resources: flowLog({ enabled: false, retentionPolicy: { enabled: true, days: 90 } }),
        expect: { violations: [{ messageId: "disabled", data: { name: "flows", value: "false" }, propertyPath: "enabled" }] },
    },
    {
        name: "enabled not set",
        resources: flowLog({ retentionPolicy: { enabled: true, days: 90 } }),
        expect: { violations: [{ messageId: "disabled", data: { name: "flows", value: "not set" }, propertyPath: "enabled" }] },
    },
    {
        name: "off and kept too short a time: two findings",
        resources: flowLog({ enabled: false, retentionPolicy: { enabled: true, days: 30 } }),
        expect: { violations: ["enabled", "retentionPolicy.days"] },
    },
    {
        name: "days that are not a number",
        resources: mockResource.untyped("azure-native:network:FlowLog", { enabled: true, retentionPolicy: { enabled: true, days: "90" } }, { name: "flows" }),
        expect: { violations: [{ messageId: "unreadableDays", data: { name: "flows", minimum: 90 } }] },
    },
    {
        name: "a configured minimum",
        resources: flowLog({ enabled: true, retentionPolicy: { enabled: true, days: 90 } }),
        options: { config: { "azure-network-flow-log-retention": { minimumDays: 180 } } },
        expect: { violations: [{ messageId: "shortRetention", data: { name: "flows", days: 90, minimum: 180 } }] },
    },
    { name: "days unknown during preview", resources: flowLog({ enabled: true, retentionPolicy: { enabled: true, days: unknown("number") } }), expect: "skipped" },
    { name: "enabled unknown during preview", resources: flowLog({ enabled: unknown("boolean"), retentionPolicy: { enabled: true, days: 90 } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
