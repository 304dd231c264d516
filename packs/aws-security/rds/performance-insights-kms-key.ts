import { defineRule } from "../../../src";
import { kmsKeyReference } from "../lib/kms-keys";
import { RDS_CLUSTER, RDS_CLUSTER_INSTANCE, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

export default defineRule({
    id: "rds-performance-insights-kms-key",
    title: "Performance Insights data is encrypted with a customer-managed KMS key",
    description:
        "Performance Insights records the text of the queries a database runs, which often contains personal data or secrets. Without a key of your own it is encrypted with the AWS managed aws/rds key, whose key policy you cannot restrict or audit separately; naming that key's alias (alias/aws/rds) counts as no key of your own.",
    severity: "low",
    service: "rds",
    tags: ["encryption", "data"],
    remediation:
        "Set `performanceInsightsKmsKeyId` to the ARN of a customer-managed KMS key when `performanceInsightsEnabled` is true. The key can only be chosen when Performance Insights is first turned on.",
    defaultLevel: "advisory",
    messages: {
        noKey: "{{kind}} `{{name}}` has Performance Insights enabled without a customer managed KMS key (performanceInsightsKmsKeyId is not set), so AWS uses aws/rds.",
        awsManagedKey:
            "{{kind}} `{{name}}` has Performance Insights enabled with an AWS managed key alias (alias/aws/…) in performanceInsightsKmsKeyId, not a customer managed key.",
    },
    examples: {
        violating: [
            {
                description: "Performance Insights on the AWS managed key",
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
                            performanceInsightsEnabled: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "Performance Insights on a customer managed key",
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
                            performanceInsightsEnabled: true,
                            performanceInsightsKmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER, RDS_CLUSTER_INSTANCE],
    validate(props, ctx) {
        if (props.performanceInsightsEnabled !== true) return;
        const key = kmsKeyReference(props.performanceInsightsKmsKeyId);
        if (key === "customer-managed") return;
        ctx.report({
            messageId: key === "none" ? "noKey" : "awsManagedKey",
            data: { kind: rdsKind(ctx.type), name: ctx.name },
            propertyPath: "performanceInsightsKmsKeyId",
        });
    },
});
