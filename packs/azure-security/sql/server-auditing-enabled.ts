import { defineRule, recordOf, type StackResource } from "../../../src";
import { checkEveryServer, describeValue, enumIs, type ServerProblem } from "../lib/database-settings";
import type {} from "../../../src/types/azure-native/sql";

/** Audit logs kept fewer days than this are too short to look back on an incident; 0 keeps them forever. */
const MIN_RETENTION_DAYS = 90;

const POLICY_TYPES = ["azure-native:sql:ServerBlobAuditingPolicy", "azure-native:sql:ExtendedServerBlobAuditingPolicy"] as const;

/** `undefined` when the server auditing policy is on and keeps its logs long enough. */
function judgePolicy(policy: StackResource): ServerProblem | undefined {
    const props = recordOf(policy.props);
    if (!enumIs(props.state, "Enabled")) {
        return { messageId: "policyDisabled", data: { policy: policy.name, state: describeValue(props.state) }, propertyPath: "state" };
    }
    // Left out, retentionDays is 0: the storage target keeps audit logs without limit.
    const days = props.retentionDays;
    if (days === undefined || days === null || days === 0) return undefined;
    if (typeof days === "number" && days >= MIN_RETENTION_DAYS) return undefined;
    return {
        messageId: "shortRetention",
        data: { policy: policy.name, days: typeof days === "number" ? String(days) : describeValue(days), minimum: MIN_RETENTION_DAYS },
        propertyPath: "retentionDays",
    };
}

/**
 * Server-level auditing is a separate resource, a ServerBlobAuditingPolicy (or its Extended
 * variant), naming the server in `serverName`; it is joined to the server through that
 * property's dependency or its value. Auditing is off unless such a policy enables it (CIS:
 * "By default, Enable Azure SQL Auditing is set to Off"). Database-level policies do not count:
 * they cover one database, not the server and the databases added to it later. Retention is
 * judged on the policy (storage target); a Log Analytics workspace's own retention is not seen.
 */
export default defineRule({
    id: "azure-sql-server-auditing-enabled",
    title: "Azure SQL servers audit with at least 90 days of retention",
    description:
        "Server-level auditing records logins, queries and permission changes for every database on the server, including ones created later. Without it, or with logs kept for only a few days, a breach or misuse cannot be traced.",
    severity: "medium",
    service: "sql",
    frameworks: { "nist-800-53-r5": ["AU-2", "AU-3", "AU-11", "AU-12"] },
    tags: ["logging"],
    remediation:
        'Add an azure-native sql.ServerBlobAuditingPolicy with `serverName: server.name`, `state: "Enabled"`, a target (`storageEndpoint`, or `isAzureMonitorTargetEnabled: true` with a diagnostic setting) and `retentionDays` of 90 or more (0 keeps logs forever).',
    defaultLevel: "advisory",
    messages: {
        noPolicy: "SQL server `{{server}}` has no server auditing policy, so auditing is off.",
        policyDisabled: "Server auditing policy `{{policy}}` does not enable auditing: state is {{state}}.",
        shortRetention: "Server auditing policy `{{policy}}` keeps audit logs for {{days}} days; at least {{minimum}} (or 0, unlimited) are needed.",
    },
    examples: {
        violating: [
            {
                description: "a server without an auditing policy",
                resources: [{ type: "azure-native:sql:Server", name: "orders", props: { resourceGroupName: "rg-data", serverName: "sql-orders" } }],
            },
        ],
        compliant: [
            {
                description: "a server auditing to storage for 90 days",
                resources: [
                    { type: "azure-native:sql:Server", name: "orders", props: { resourceGroupName: "rg-data", serverName: "sql-orders" } },
                    {
                        type: "azure-native:sql:ServerBlobAuditingPolicy",
                        name: "orders-audit",
                        props: { resourceGroupName: "rg-data", serverName: "sql-orders", state: "Enabled", storageEndpoint: "https://auditlogs.blob.core.windows.net", retentionDays: 90 },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        checkEveryServer(stack, ctx, {
            serverTypes: ["azure-native:sql:Server"],
            childTypes: POLICY_TYPES,
            judgeChild: judgePolicy,
            missing: (server) => ({ messageId: "noPolicy", data: { server: server.name } }),
        });
    },
});
