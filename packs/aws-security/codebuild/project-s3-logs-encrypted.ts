import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/codebuild";

export default defineRule({
    id: "codebuild-project-s3-logs-encrypted",
    title: "CodeBuild S3 build logs are encrypted",
    description:
        "Build logs often hold internal hostnames, dependency lists and, by accident, secrets a build printed. Written to S3 with encryption turned off, they are readable by anyone who gets at the objects. " +
        "Reported when `logsConfig.s3Logs.encryptionDisabled` is true, unless S3 logs are explicitly `DISABLED`.",
    severity: "low",
    service: "codebuild",
    frameworks: {
        "aws-fsbp": ["CodeBuild.3"],
        "nist-800-53-r5": ["SC-13", "SC-28"],
    },
    tags: ["logging", "encryption"],
    remediation: "Remove `encryptionDisabled: true` from `logsConfig.s3Logs` (encryption is on by default; it uses the project's `encryptionKey` or the S3 managed key).",
    defaultLevel: "advisory",
    messages: {
        unencrypted: "CodeBuild project `{{name}}` writes its S3 build logs unencrypted (`logsConfig.s3Logs.encryptionDisabled: true`).",
    },
    examples: {
        violating: [
            {
                description: "S3 logs with encryption turned off",
                resources: [
                    {
                        type: "aws:codebuild/project:Project",
                        name: "build",
                        props: {
                            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
                            artifacts: { type: "NO_ARTIFACTS" },
                            source: { type: "CODECOMMIT", location: "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app" },
                            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" },
                            logsConfig: { s3Logs: { status: "ENABLED", location: "acme-build-logs/app", encryptionDisabled: true } },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "encrypted S3 logs",
                resources: [
                    {
                        type: "aws:codebuild/project:Project",
                        name: "build",
                        props: {
                            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
                            artifacts: { type: "NO_ARTIFACTS" },
                            source: { type: "CODECOMMIT", location: "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app" },
                            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" },
                            logsConfig: { s3Logs: { status: "ENABLED", location: "acme-build-logs/app" } },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:codebuild/project:Project",
    validate(props, ctx) {
        const s3Logs = recordOf(recordOf(props.logsConfig).s3Logs);
        if (s3Logs.encryptionDisabled !== true) return;
        if (s3Logs.status === "DISABLED") return;
        ctx.report({ messageId: "unencrypted", data: { name: ctx.name }, propertyPath: "logsConfig.s3Logs.encryptionDisabled" });
    },
});
