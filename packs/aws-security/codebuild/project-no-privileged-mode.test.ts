import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./project-no-privileged-mode";

const project = (privilegedMode: boolean | undefined) =>
    mockResource(
        "aws:codebuild/project:Project",
        {
            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
            artifacts: { type: "NO_ARTIFACTS" },
            source: { type: "CODECOMMIT", location: "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app" },
            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER", privilegedMode },
        },
        { name: "images" },
    );

export const cases: RuleCase[] = [
    { name: "privileged mode on", resources: project(true), expect: { violations: [{ messageId: "privileged", data: { name: "images" }, propertyPath: "environment.privilegedMode" }] } },
    { name: "privileged mode off", resources: project(false), expect: "pass" },
    { name: "privileged mode absent (off by default)", resources: project(undefined), expect: "pass" },
    { name: "unknown during preview", resources: project(unknown("boolean")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
