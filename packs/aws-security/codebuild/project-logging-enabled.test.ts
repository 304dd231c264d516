import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./project-logging-enabled";

const project = (logsConfig: MockProps<"aws:codebuild/project:Project">["logsConfig"]) =>
    mockResource(
        "aws:codebuild/project:Project",
        {
            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
            artifacts: { type: "NO_ARTIFACTS" },
            source: { type: "CODECOMMIT", location: "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app" },
            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" },
            logsConfig,
        },
        { name: "build" },
    );
const noLogs = (s3: string) => ({ messageId: "noLogs", data: { name: "build", s3 }, propertyPath: "logsConfig.cloudwatchLogs.status" });

export const cases: RuleCase[] = [
    { name: "CloudWatch disabled, no S3 logs", resources: project({ cloudwatchLogs: { status: "DISABLED" } }), expect: { violations: [noLogs("not enabled (off by default)")] } },
    { name: "both disabled", resources: project({ cloudwatchLogs: { status: "DISABLED" }, s3Logs: { status: "DISABLED" } }), expect: { violations: [noLogs("DISABLED")] } },
    { name: "CloudWatch disabled, S3 enabled", resources: project({ cloudwatchLogs: { status: "DISABLED" }, s3Logs: { status: "ENABLED", location: "acme-logs/app" } }), expect: "pass" },
    { name: "CloudWatch enabled", resources: project({ cloudwatchLogs: { status: "ENABLED", groupName: "/codebuild/app" } }), expect: "pass" },
    { name: "no logsConfig (CloudWatch on by default)", resources: project(undefined), expect: "pass" },
    { name: "unknown during preview", resources: project({ cloudwatchLogs: { status: unknown() } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
