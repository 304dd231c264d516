import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./diagnostic-setting-logs-enabled";

const WORKSPACE = "/subscriptions/0000/resourceGroups/rg-log/providers/Microsoft.OperationalInsights/workspaces/central";
const VAULT = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/app-kv";
const ALL_FOUR = ["Administrative", "Alert", "Policy", "Security"].map((category) => ({ category, enabled: true }));

const subscriptionSetting = (props: MockProps<"azure-native:monitor:SubscriptionDiagnosticSetting">) =>
    mockResource("azure-native:monitor:SubscriptionDiagnosticSetting", props, { name: "activity-log" });
const resourceSetting = (props: Omit<MockProps<"azure-native:monitor:DiagnosticSetting">, "resourceUri">, resourceUri: string = VAULT) =>
    mockResource("azure-native:monitor:DiagnosticSetting", { resourceUri, ...props }, { name: "diag" });

export const cases: RuleCase[] = [
    { name: "activity log export with the four categories", resources: subscriptionSetting({ workspaceId: WORKSPACE, logs: ALL_FOUR }), expect: "pass" },
    {
        name: "activity log export missing Policy and Security",
        resources: subscriptionSetting({ workspaceId: WORKSPACE, logs: [{ category: "Administrative", enabled: true }, { category: "Alert", enabled: true }, { category: "Policy", enabled: false }] }),
        expect: { violations: [{ messageId: "missingCategories", data: { name: "activity-log", categories: "Policy, Security" }, propertyPath: "logs" }] },
    },
    { name: "the allLogs group covers the activity log", resources: subscriptionSetting({ storageAccountId: "/subscriptions/0000/storageAccounts/logs", logs: [{ categoryGroup: "allLogs", enabled: true }] }), expect: "pass" },
    { name: "category names ignore case", resources: subscriptionSetting({ workspaceId: WORKSPACE, logs: ALL_FOUR.map((l) => ({ ...l, category: l.category.toLowerCase() })) }), expect: "pass" },
    {
        name: "a DiagnosticSetting on the subscription itself is an activity log export",
        resources: resourceSetting({ workspaceId: WORKSPACE, logs: [{ category: "Administrative", enabled: true }] }, "/subscriptions/0000"),
        expect: { violations: [{ messageId: "missingCategories", data: { name: "diag", categories: "Alert, Policy, Security" } }] },
    },
    { name: "resource logs sent to a workspace", resources: resourceSetting({ workspaceId: WORKSPACE, logs: [{ categoryGroup: "audit", enabled: true }] }), expect: "pass" },
    {
        name: "metrics only",
        resources: resourceSetting({ workspaceId: WORKSPACE, metrics: [{ category: "AllMetrics", enabled: true }] }),
        expect: { violations: [{ messageId: "noLogs", data: { name: "diag" }, propertyPath: "logs" }] },
    },
    { name: "every log switched off", resources: resourceSetting({ workspaceId: WORKSPACE, logs: [{ category: "AuditEvent", enabled: false }] }), expect: { violations: [{ messageId: "noLogs" }] } },
    {
        name: "no destination",
        resources: resourceSetting({ logs: [{ category: "AuditEvent", enabled: true }] }),
        expect: { violations: [{ messageId: "noDestination", data: { name: "diag" }, propertyPath: "workspaceId" }] },
    },
    { name: "an event hub destination counts", resources: resourceSetting({ eventHubAuthorizationRuleId: "/subscriptions/0000/eventhubs/rule", logs: [{ category: "AuditEvent", enabled: true }] }), expect: "pass" },
    {
        name: "resource ID unknown during preview: the logs are judged",
        resources: resourceSetting({ workspaceId: WORKSPACE, metrics: [{ category: "AllMetrics", enabled: true }] }, unknown()),
        expect: { violations: [{ messageId: "noLogs" }] },
    },
    { name: "resource ID unknown and logs fine: could not judge the scope", resources: resourceSetting({ workspaceId: WORKSPACE, logs: [{ category: "Administrative", enabled: true }] }, unknown()), expect: "skipped" },
    { name: "log switch unknown during preview", resources: subscriptionSetting({ workspaceId: WORKSPACE, logs: [{ category: "Security", enabled: unknown("boolean") }] }), expect: "skipped" },
    { name: "destination unknown during preview", resources: subscriptionSetting({ workspaceId: unknown(), logs: ALL_FOUR }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
