import { defineRule, listOf, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/codebuild";
import { awsCredentialKind, describeKinds, findEnvironmentCredentials, type EnvironmentEntry } from "../../shared/secret-patterns";

/** A variable's name, when it is safe to print (letters, digits, `_`, `-`, `.`). */
function printable(name: unknown, index: number): string {
    return typeof name === "string" && /^[A-Za-z0-9_.-]{1,64}$/.test(name) ? name : `environmentVariables[${index}]`;
}

export default defineRule({
    id: "codebuild-project-environment-no-credentials",
    title: "CodeBuild projects keep no credentials in plain-text environment variables",
    description:
        "A PLAINTEXT environment variable is stored and shown in the clear: anyone who can read the project (the console, `batch-get-projects`, the stack state) can copy it, and builds that print their environment put it in the logs. " +
        "Reported, for variables of type PLAINTEXT (the default): AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY whatever their value (as AWS's CodeBuild.2 control does), variables whose name says they hold a credential with a literal value, and values that are recognisable credentials. " +
        "This is stricter than CodeBuild.2, which names only the two AWS variables.",
    severity: "critical",
    service: "codebuild",
    frameworks: {
        "aws-fsbp": ["CodeBuild.2"],
        "nist-800-53-r5": ["IA-5"],
        "pci-dss-4.0": ["8.6.2"],
    },
    tags: ["credentials"],
    remediation:
        "Keep the value in Secrets Manager or SSM Parameter Store and reference it: `{ name: \"NPM_TOKEN\", type: \"SECRETS_MANAGER\", value: \"ci/npm-token\" }` or `type: \"PARAMETER_STORE\"` with the parameter name. " +
        "Remove AWS access keys: the build already runs with the project's `serviceRole` credentials. Rotate any credential that was deployed.",
    defaultLevel: "advisory",
    messages: {
        credentialInEnvironment: "CodeBuild project `{{name}}` keeps {{kind}} in plain-text environment variable `{{variable}}`.",
    },
    examples: {
        violating: [
            {
                description: "an AWS secret access key as a plain-text variable",
                resources: [
                    {
                        type: "aws:codebuild/project:Project",
                        name: "deploy",
                        props: {
                            serviceRole: "arn:aws:iam::111122223333:role/codebuild-deploy",
                            artifacts: { type: "NO_ARTIFACTS" },
                            source: { type: "GITHUB", location: "https://github.com/acme/app.git" },
                            environment: {
                                computeType: "BUILD_GENERAL1_SMALL",
                                image: "aws/codebuild/amazonlinux2-x86_64-standard:5.0",
                                type: "LINUX_CONTAINER",
                                environmentVariables: [{ name: "AWS_SECRET_ACCESS_KEY", value: "Zx3kQ9pLm2Vb7Nc4Rt8Yw1Hs6Jd5Gf0Ka9Qe3Uo7" }],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a token referenced from Secrets Manager",
                resources: [
                    {
                        type: "aws:codebuild/project:Project",
                        name: "deploy",
                        props: {
                            serviceRole: "arn:aws:iam::111122223333:role/codebuild-deploy",
                            artifacts: { type: "NO_ARTIFACTS" },
                            source: { type: "GITHUB", location: "https://github.com/acme/app.git" },
                            environment: {
                                computeType: "BUILD_GENERAL1_SMALL",
                                image: "aws/codebuild/amazonlinux2-x86_64-standard:5.0",
                                type: "LINUX_CONTAINER",
                                environmentVariables: [
                                    { name: "STAGE", value: "prod" },
                                    { name: "NPM_TOKEN", type: "SECRETS_MANAGER", value: "ci/npm-token" },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:codebuild/project:Project",
    async validate(props, ctx) {
        // Everything is read before the first await: reads (and what they note) belong to this run.
        const entries: EnvironmentEntry[] = [];
        const where: Array<{ index: number; variable: string }> = [];
        listOf(recordOf(props.environment).environmentVariables).forEach((item, index) => {
            const variable = recordOf(item);
            const type = variable.type;
            // Absent means PLAINTEXT; PARAMETER_STORE and SECRETS_MANAGER values are names of secrets, not secrets.
            if (type !== undefined && type !== null && type !== "PLAINTEXT") return;
            const name = typeof variable.name === "string" ? variable.name : "";
            const value = typeof variable.value === "string" ? variable.value : variable.value === undefined || variable.value === null ? "" : String(variable.value);
            entries.push({ name, value });
            where.push({ index, variable: printable(variable.name, index) });
        });
        const found = new Map((await findEnvironmentCredentials(entries)).map((f) => [f.index, f.kinds]));
        entries.forEach((entry, i) => {
            const kinds = found.get(i) ?? [awsCredentialKind(entry.name)].filter((k): k is string => k !== undefined && !k.startsWith("private registry"));
            if (kinds.length === 0) return;
            ctx.report({
                messageId: "credentialInEnvironment",
                data: { name: ctx.name, variable: where[i].variable, kind: describeKinds(kinds) },
                propertyPath: `environment.environmentVariables[${where[i].index}].value`,
            });
        });
    },
});
