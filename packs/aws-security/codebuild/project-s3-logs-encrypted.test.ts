import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./project-s3-logs-encrypted";

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
const unencrypted = { messageId: "unencrypted", data: { name: "build" }, propertyPath: "logsConfig.s3Logs.encryptionDisabled" };

export const cases: RuleCase[] = [
    { name: "S3 logs enabled, encryption disabled", resources: project({ s3Logs: { status: "ENABLED", location: "acme-logs/app", encryptionDisabled: true } }), expect: { violations: [unencrypted] } },
    { name: "encryption disabled, status not given", resources: project({ s3Logs: { location: "acme-logs/app", encryptionDisabled: true } }), expect: { violations: [unencrypted] } },
    { name: "S3 logs enabled and encrypted", resources: project({ s3Logs: { status: "ENABLED", location: "acme-logs/app", encryptionDisabled: false } }), expect: "pass" },
    { name: "encryption flag absent (encrypted by default)", resources: project({ s3Logs: { status: "ENABLED", location: "acme-logs/app" } }), expect: "pass" },
    { name: "S3 logs disabled", resources: project({ s3Logs: { status: "DISABLED", encryptionDisabled: true } }), expect: "pass" },
    { name: "no logsConfig", resources: project(undefined), expect: "pass" },
    { name: "unknown during preview", resources: project({ s3Logs: { status: "ENABLED", encryptionDisabled: unknown("boolean") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
