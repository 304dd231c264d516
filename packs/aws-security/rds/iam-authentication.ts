import { defineRule } from "../../../src";
import { isServerlessV1, RDS_CLUSTER, RDS_INSTANCE, rdsKind, supportsIamAuthentication } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

export default defineRule({
    id: "rds-iam-authentication",
    title: "RDS and Aurora allow IAM database authentication",
    description:
        "With IAM database authentication, applications connect with short-lived tokens issued to their IAM role instead of long-lived database passwords kept in configuration, and access is granted and revoked in IAM.",
    severity: "medium",
    service: "rds",
    frameworks: {
        "aws-fsbp": ["RDS.10", "RDS.12"],
        "nist-800-53-r5": ["AC-2", "AC-3", "AC-6"],
    },
    tags: ["credentials"],
    remediation:
        "Set `iamDatabaseAuthenticationEnabled: true`, create database users mapped to IAM (e.g. `GRANT rds_iam` on PostgreSQL, `AWSAuthenticationPlugin` on MySQL), and let applications request tokens with `rds:GenerateDBAuthToken` / `rds-db:connect`.",
    defaultLevel: "advisory",
    messages: {
        passwordsOnly: "{{kind}} `{{name}}` accepts only database passwords: iamDatabaseAuthenticationEnabled is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "password authentication only",
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
                description: "IAM database authentication enabled",
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
                            iamDatabaseAuthenticationEnabled: true,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER],
    validate(props, ctx) {
        const { resource } = ctx;
        const enabled = props.iamDatabaseAuthenticationEnabled;
        if (enabled === true) return;
        // Only MySQL, MariaDB, PostgreSQL and their Aurora editions support it; Aurora Serverless v1 does not.
        if (!supportsIamAuthentication(props.engine)) return;
        if (resource.type === RDS_CLUSTER && isServerlessV1(resource.props.engineMode)) return;
        const state = enabled === false ? "false" : enabled === undefined || enabled === null ? "not set" : "not true";
        ctx.report({ messageId: "passwordsOnly", data: { kind: rdsKind(ctx.type), name: ctx.name, state }, propertyPath: "iamDatabaseAuthenticationEnabled" });
    },
});
