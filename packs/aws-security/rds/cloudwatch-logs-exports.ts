import { defineRule, known, listOf, peek, type RuleContext } from "../../../src";
import { RDS_CLUSTER, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

/** The log types AWS Config's rds-logging-enabled expects per engine family (FSBP RDS.9), for instances. */
const INSTANCE_LOGS: readonly (readonly [prefix: string, logs: readonly string[]])[] = [
    ["aurora-postgresql", ["postgresql"]],
    ["aurora", ["audit", "error", "general", "slowquery"]],
    ["postgres", ["postgresql", "upgrade"]],
    ["mysql", ["audit", "error", "general", "slowquery"]],
    ["mariadb", ["audit", "error", "general", "slowquery"]],
    ["oracle", ["alert", "audit", "trace", "listener"]],
    ["sqlserver", ["error", "agent"]],
    ["db2", ["diag.log", "notify.log"]],
];
/** The same for clusters: Aurora and Multi-AZ DB clusters export fewer types. */
const CLUSTER_LOGS: readonly (readonly [prefix: string, logs: readonly string[]])[] = [
    ["aurora-postgresql", ["postgresql"]],
    ["aurora", ["audit", "error", "general", "slowquery"]],
    ["postgres", ["postgresql"]],
    ["mysql", ["error", "general", "slowquery"]],
];

/** The engine family (a fixed name, safe to print) and the log types it should export. */
function expectedLogs(type: string, engine: unknown): readonly [family: string, logs: readonly string[]] | undefined {
    if (typeof engine !== "string") return undefined;
    const name = engine.trim().toLowerCase();
    return (type === RDS_CLUSTER ? CLUSTER_LOGS : INSTANCE_LOGS).find(([prefix]) => name.startsWith(prefix));
}

export default defineRule({
    id: "rds-cloudwatch-logs-exports",
    title: "RDS and Aurora publish database logs to CloudWatch Logs",
    description:
        "Database error, audit and slow-query logs are what shows a brute-force attempt, a privilege change or a data dump after the fact. Kept only on the instance they rotate away within days and vanish with it; exported to CloudWatch Logs they can be retained, searched and alarmed on. By default any exported log type passes; `requireEngineLogTypes` asks for every type Security Hub expects for the engine.",
    severity: "medium",
    service: "rds",
    frameworks: {
        "aws-fsbp": ["RDS.9"],
        "nist-800-53-r5": ["AU-2", "AU-12"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging"],
    remediation:
        'Set `enabledCloudwatchLogsExports` to the engine\'s log types, e.g. `["postgresql", "upgrade"]` for PostgreSQL, `["audit", "error", "general", "slowquery"]` for MySQL, MariaDB and Aurora MySQL (audit needs the MariaDB audit plugin option or `server_audit_logging`), `["error", "agent"]` for SQL Server, `["alert", "audit", "trace", "listener"]` for Oracle.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requireEngineLogTypes: {
                type: "boolean",
                description: "Require every log type Security Hub's RDS.9 expects for the engine (e.g. postgresql and upgrade for PostgreSQL), not just one.",
            },
        },
    },
    configDefaults: { requireEngineLogTypes: false },
    messages: {
        none: "{{kind}} `{{name}}` exports no logs to CloudWatch Logs: enabledCloudwatchLogsExports is {{state}}.",
        missing: "{{kind}} `{{name}}` does not export the {{engine}} log type(s) {{missing}} to CloudWatch Logs (enabledCloudwatchLogsExports).",
    },
    examples: {
        violating: [
            {
                description: "a database whose logs stay on the instance",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: {
                            identifier: "orders-db",
                            engine: "postgres",
                            engineVersion: "16.4",
                            instanceClass: "db.t4g.medium",
                            allocatedStorage: 50,
                            username: "orders_admin",
                            manageMasterUserPassword: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "PostgreSQL logs exported to CloudWatch Logs",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: {
                            identifier: "orders-db",
                            engine: "postgres",
                            engineVersion: "16.4",
                            instanceClass: "db.t4g.medium",
                            allocatedStorage: 50,
                            username: "orders_admin",
                            manageMasterUserPassword: true,
                            enabledCloudwatchLogsExports: ["postgresql", "upgrade"],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER],
    validate(props, ctx) {
        const exports = props.enabledCloudwatchLogsExports;
        const kind = rdsKind(ctx.type);
        const propertyPath = "enabledCloudwatchLogsExports";
        const list = listOf(exports);
        const enabled = new Set<string>();
        // An entry unknown during preview only matters when the known ones do not decide.
        let unreadable: (() => void) | undefined;
        for (let index = 0; index < list.length; index++) {
            const entry = peek(() => list[index]);
            if (!entry.known) unreadable ??= () => known(() => list[index]);
            else if (typeof entry.value === "string" && entry.value.trim() !== "") enabled.add(entry.value.trim().toLowerCase());
        }
        if (enabled.size === 0) {
            if (unreadable) return unreadable(); // noted: could not judge
            const state = exports === undefined || exports === null ? "not set" : "empty";
            ctx.report({ messageId: "none", data: { kind, name: ctx.name, state }, propertyPath });
            return;
        }
        if (ctx.config.requireEngineLogTypes) judgeEngineLogTypes(ctx, props.engine, enabled, unreadable, kind);
    },
});

function judgeEngineLogTypes(
    ctx: RuleContext & { type: string; name: string },
    engine: unknown,
    enabled: ReadonlySet<string>,
    unreadable: (() => void) | undefined,
    kind: string,
): void {
    const expected = expectedLogs(ctx.type, engine);
    if (!expected) return; // engine not given (restore, replica) or not known to us: any export will do
    const [family, logs] = expected;
    const missing = logs.filter((log) => !enabled.has(log));
    if (missing.length === 0) return;
    // An unknown entry might be the missing one: note it (the run is "could not judge") and say nothing.
    if (unreadable) return unreadable();
    ctx.report({
        messageId: "missing",
        data: { kind, name: ctx.name, engine: family, missing: missing.join(", ") },
        propertyPath: "enabledCloudwatchLogsExports",
    });
}
