import { defineRule } from "../../../src";
import { RDS_CLUSTER, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

/** The administrator names RDS offers by default: admin (MySQL, MariaDB, SQL Server, Oracle, Db2) and postgres. */
const DEFAULT_NAMES: ReadonlySet<string> = new Set(["admin", "postgres"]);

export default defineRule({
    id: "rds-no-default-admin-username",
    title: "RDS and Aurora use a custom administrator username",
    description:
        "Credential-stuffing and brute-force tools try the default administrator names (admin, postgres) first; with a known username only the password stands between an exposed endpoint and full control of the database. A custom name, alongside a managed password, removes half of what an attacker has to guess. The name cannot be changed after creation. Names are compared ignoring case (Admin counts as admin), slightly stricter than AWS Config's check.",
    severity: "medium",
    service: "rds",
    frameworks: {
        "aws-fsbp": ["RDS.24", "RDS.25"],
        "nist-800-53-r5": ["AC-2"],
    },
    tags: ["credentials"],
    remediation:
        'Choose a name of your own for `username` (instances) or `masterUsername` (clusters), e.g. `"orders_admin"`, and let RDS manage the password with `manageMasterUserPassword: true`. The username cannot be changed in place: a new name means a new database, restored from a snapshot.',
    defaultLevel: "advisory",
    messages: {
        defaultName: '{{kind}} `{{name}}` uses the default administrator name "{{username}}" ({{path}}).',
    },
    examples: {
        violating: [
            {
                description: "the default PostgreSQL administrator name",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: { identifier: "orders-db", engine: "postgres", instanceClass: "db.t4g.medium", allocatedStorage: 50, username: "postgres", manageMasterUserPassword: true },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a custom administrator name",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: { identifier: "orders-db", engine: "postgres", instanceClass: "db.t4g.medium", allocatedStorage: 50, username: "orders_admin", manageMasterUserPassword: true },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER],
    validate(_props, ctx) {
        const { resource } = ctx;
        const path = resource.type === RDS_INSTANCE ? "username" : "masterUsername";
        const value = resource.type === RDS_INSTANCE ? resource.props.username : resource.props.masterUsername;
        // Absent: a replica or a restore, which keeps its source's name (judged on the source).
        if (typeof value !== "string") return;
        const username = value.trim().toLowerCase();
        if (!DEFAULT_NAMES.has(username)) return;
        ctx.report({ messageId: "defaultName", data: { kind: rdsKind(ctx.type), name: ctx.name, username, path }, propertyPath: path });
    },
});
