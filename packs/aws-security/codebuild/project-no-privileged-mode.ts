import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/codebuild";

export default defineRule({
    id: "codebuild-project-no-privileged-mode",
    title: "CodeBuild projects do not run builds in privileged mode",
    description:
        "Privileged mode gives the build container access to all of the host's devices and lets it run a Docker daemon: a malicious dependency or build script can then tamper with the build host. It is needed only for projects that build Docker images.",
    severity: "high",
    service: "codebuild",
    frameworks: {
        "nist-800-53-r5": ["AC-6"],
    },
    tags: ["least-privilege"],
    remediation:
        "Set `environment.privilegedMode: false` (or leave it out) unless the project builds Docker images; for those, keep the project's source and buildspec trusted, or build images with a daemonless tool such as Kaniko or Buildah.",
    defaultLevel: "advisory",
    messages: {
        privileged: "CodeBuild project `{{name}}` runs its builds in privileged mode (`environment.privilegedMode: true`).",
    },
    examples: {
        violating: [
            {
                description: "privileged mode on",
                resources: [
                    {
                        type: "aws:codebuild/project:Project",
                        name: "images",
                        props: {
                            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
                            artifacts: { type: "NO_ARTIFACTS" },
                            source: { type: "CODECOMMIT", location: "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app" },
                            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER", privilegedMode: true },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "privileged mode off",
                resources: [
                    {
                        type: "aws:codebuild/project:Project",
                        name: "tests",
                        props: {
                            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
                            artifacts: { type: "NO_ARTIFACTS" },
                            source: { type: "CODECOMMIT", location: "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app" },
                            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER", privilegedMode: false },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:codebuild/project:Project",
    validate(props, ctx) {
        // Absent means false (the provider's and AWS's default).
        if (recordOf(props.environment).privilegedMode === true) {
            ctx.report({ messageId: "privileged", data: { name: ctx.name }, propertyPath: "environment.privilegedMode" });
        }
    },
});
