import { defineRule } from "../../../src";
import { isSet, RDS_CLUSTER, RDS_CLUSTER_INSTANCE, RDS_INSTANCE, rdsKind } from "../lib/rds-common";

export default defineRule({
    id: "rds-performance-insights-kms-key",
    title: "Performance Insights data is encrypted with a customer-managed KMS key",
    description:
        "Performance Insights records the text of the queries a database runs, which often contains personal data or secrets. Without a key of your own it is encrypted with the AWS-managed aws/rds key, whose key policy you cannot restrict or audit separately.",
    severity: "low",
    service: "rds",
    tags: ["encryption", "data"],
    remediation:
        "Set `performanceInsightsKmsKeyId` to the ARN of a customer-managed KMS key when `performanceInsightsEnabled` is true. The key can only be chosen when Performance Insights is first turned on.",
    defaultLevel: "advisory",
    resourceType: [RDS_INSTANCE, RDS_CLUSTER, RDS_CLUSTER_INSTANCE],
    validate(props, ctx) {
        if (props.performanceInsightsEnabled !== true) return;
        if (isSet(props.performanceInsightsKmsKeyId)) return;
        ctx.report({
            message: `${rdsKind(ctx.type)} \`${ctx.name}\` has Performance Insights enabled without a customer-managed KMS key (performanceInsightsKmsKeyId is not set).`,
            propertyPath: "performanceInsightsKmsKeyId",
        });
    },
});
