import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/codebuild";

export default defineRule({
    id: "codebuild-project-logging-enabled",
    title: "CodeBuild projects keep build logs",
    description:
        "Build logs are the record of what ran in a build with the project's role: without them a compromised dependency or a tampered buildspec leaves nothing to investigate. CloudWatch Logs is on unless turned off, so a project fails only when CloudWatch logs are `DISABLED` and S3 logs are not `ENABLED`.",
    severity: "medium",
    service: "codebuild",
    frameworks: {
        "aws-fsbp": ["CodeBuild.4"],
        "nist-800-53-r5": ["AU-2", "AU-12"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging"],
    remediation:
        "Leave `logsConfig.cloudwatchLogs.status` at its default (`ENABLED`), optionally with a `groupName`, or turn on S3 logs: `logsConfig.s3Logs: { status: \"ENABLED\", location: \"<bucket>/<prefix>\" }`.",
    defaultLevel: "advisory",
    messages: {
        noLogs: "CodeBuild project `{{name}}` keeps no build logs: CloudWatch logs are DISABLED and S3 logs are {{s3}}.",
    },
    examples: {
        violating: [
            {
                description: "CloudWatch logs turned off and no S3 logs",
                resources: [
                    {
                        type: "aws:codebuild/project:Project",
                        name: "build",
                        props: {
                            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
                            artifacts: { type: "NO_ARTIFACTS" },
                            source: { type: "CODECOMMIT", location: "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app" },
                            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" },
                            logsConfig: { cloudwatchLogs: { status: "DISABLED" } },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "logs in CloudWatch (the default)",
                resources: [
                    {
                        type: "aws:codebuild/project:Project",
                        name: "build",
                        props: {
                            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
                            artifacts: { type: "NO_ARTIFACTS" },
                            source: { type: "CODECOMMIT", location: "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app" },
                            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" },
                            logsConfig: { cloudwatchLogs: { groupName: "/codebuild/app" } },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:codebuild/project:Project",
    validate(props, ctx) {
        const logs = recordOf(props.logsConfig);
        // CloudWatch Logs defaults to ENABLED, S3 logs to DISABLED.
        if (recordOf(logs.cloudwatchLogs).status !== "DISABLED") return;
        const s3 = recordOf(logs.s3Logs).status;
        if (s3 === "ENABLED") return;
        ctx.report({ messageId: "noLogs", data: { name: ctx.name, s3: s3 === "DISABLED" ? "DISABLED" : "not enabled (off by default)" }, propertyPath: "logsConfig.cloudwatchLogs.status" });
    },
});
