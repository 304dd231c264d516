import { defineRule, listOf, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/codebuild";
import { urlCredential } from "../../shared/secret-patterns";

export default defineRule({
    id: "codebuild-project-source-no-credentials",
    title: "CodeBuild source URLs carry no credentials",
    description:
        "A repository URL with a user name and password, or a personal access token, in it (`https://user:password@bitbucket.org/...`) stores that credential in the clear in the project, the stack state and CloudTrail, where anyone who can read them can use it against the repository. " +
        "Checked for the primary source and every secondary source, whatever the provider: AWS's CodeBuild.1 control names Bitbucket, its Config rule GitHub and Bitbucket.",
    severity: "critical",
    service: "codebuild",
    frameworks: {
        "aws-fsbp": ["CodeBuild.1"],
        "pci-dss-4.0": ["8.3.2"],
    },
    tags: ["credentials"],
    remediation:
        "Use the plain repository URL (`https://bitbucket.org/acme/app.git`) and let CodeBuild authenticate through a connection: `source.auth: { type: \"CODECONNECTIONS\", resource: connection.arn }` (or the account's OAuth source credential, `aws.codebuild.SourceCredential`). Revoke the credential that was in the URL.",
    defaultLevel: "advisory",
    messages: {
        credentialInUrl: "CodeBuild project `{{name}}` has a {{what}} in the URL of {{source}} (`{{path}}`).",
    },
    examples: {
        violating: [
            {
                description: "a Bitbucket URL with a user name and password",
                resources: [
                    {
                        type: "aws:codebuild/project:Project",
                        name: "build",
                        props: {
                            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
                            artifacts: { type: "NO_ARTIFACTS" },
                            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" },
                            source: { type: "BITBUCKET", location: "https://builder:Xy7pQ2rT9w@bitbucket.org/acme/app.git" },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a plain URL, authenticated through a connection",
                resources: [
                    {
                        type: "aws:codebuild/project:Project",
                        name: "build",
                        props: {
                            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
                            artifacts: { type: "NO_ARTIFACTS" },
                            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" },
                            source: {
                                type: "BITBUCKET",
                                location: "https://bitbucket.org/acme/app.git",
                                auth: { type: "CODECONNECTIONS", resource: "arn:aws:codeconnections:eu-west-1:111122223333:connection/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d" },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:codebuild/project:Project",
    validate(props, ctx) {
        const judge = (location: unknown, source: string, path: string) => {
            if (typeof location !== "string") return;
            const found = urlCredential(location);
            if (!found) return;
            ctx.report({
                messageId: "credentialInUrl",
                data: { name: ctx.name, what: found === "password" ? "user name and password" : "access token", source, path },
                propertyPath: path,
            });
        };
        judge(recordOf(props.source).location, "its source", "source.location");
        listOf(props.secondarySources).forEach((source, index) => {
            judge(recordOf(source).location, `secondary source ${index + 1}`, `secondarySources[${index}].location`);
        });
    },
});
