import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/cloudtrail";

function isSet(value: unknown): boolean {
    return typeof value === "string" && value.trim() !== "";
}

export default defineRule({
    id: "cloudtrail-cloudwatch-logs",
    title: "CloudTrail trails deliver to CloudWatch Logs",
    description:
        "Logs that only land in S3 are read after the fact, if at all. Sending the trail to CloudWatch Logs lets metric filters and alarms flag root logins, policy changes or disabled logging while they happen.",
    severity: "low",
    service: "cloudtrail",
    frameworks: {
        "aws-fsbp": ["CloudTrail.5"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "CA-7"],
    },
    tags: ["logging", "monitoring"],
    remediation:
        "Set `cloudWatchLogsGroupArn` to a log group ARN with the `:*` suffix (pulumi.interpolate`${logGroup.arn}:*`) and `cloudWatchLogsRoleArn` to a role that CloudTrail can assume to write to it.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a trail that delivers to S3 only",
                resources: [{ type: "aws:cloudtrail/trail:Trail", name: "audit", props: { s3BucketName: "acme-cloudtrail-logs", isMultiRegionTrail: true } }],
            },
        ],
        compliant: [
            {
                description: "a trail that also delivers to a CloudWatch Logs group",
                resources: [
                    {
                        type: "aws:cloudtrail/trail:Trail",
                        name: "audit",
                        props: {
                            s3BucketName: "acme-cloudtrail-logs",
                            isMultiRegionTrail: true,
                            cloudWatchLogsGroupArn: "arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail-events:*",
                            cloudWatchLogsRoleArn: "arn:aws:iam::111122223333:role/cloudtrail-to-cloudwatch",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:cloudtrail/trail:Trail",
    validate(props, ctx) {
        if (!isSet(props.cloudWatchLogsGroupArn)) {
            ctx.report({
                message: `Trail \`${ctx.name}\` does not deliver events to CloudWatch Logs (cloudWatchLogsGroupArn is not set).`,
                propertyPath: "cloudWatchLogsGroupArn",
            });
        } else if (!isSet(props.cloudWatchLogsRoleArn)) {
            ctx.report({
                message: `Trail \`${ctx.name}\` names a CloudWatch Logs group but no role to write to it (cloudWatchLogsRoleArn is not set), so no events reach the group.`,
                propertyPath: "cloudWatchLogsRoleArn",
                fix: "Set cloudWatchLogsRoleArn to a role trusted by cloudtrail.amazonaws.com with logs:CreateLogStream and logs:PutLogEvents on the group.",
            });
        }
    },
});
