import { defineRule, known, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/lambda";
import { describeKinds, findEnvironmentCredentials, type EnvironmentEntry } from "../../shared/secret-patterns";

/** A variable's name, when it is safe to print (Lambda allows letters, digits and `_`). */
function printable(name: string): string {
    return /^[A-Za-z0-9_]{1,64}$/.test(name) ? name : "(a variable with an unusual name)";
}

export default defineRule({
    id: "lambda-function-environment-no-credentials",
    title: "Lambda functions keep no credentials in environment variables",
    description:
        "A function's environment variables are shown in the console and returned by GetFunctionConfiguration to anyone allowed to read the function's configuration, and they end up in the stack state and deployment logs. A credential kept there is as exposed as the function's configuration. " +
        "Reported: values that are recognisable credentials (AWS keys, private keys, tokens, passwords in URLs) and variables whose name says they hold a credential (DB_PASSWORD, API_KEY, ...) with a literal value, not a Secrets Manager or Parameter Store ARN. " +
        "The name-based part is stricter than checkov's CKV_AWS_45, which looks only at values.",
    severity: "high",
    service: "lambda",
    frameworks: {
        "nist-800-53-r5": ["IA-5"],
        "pci-dss-4.0": ["8.6.2"],
    },
    tags: ["credentials"],
    remediation:
        "Store the credential in Secrets Manager (or SSM Parameter Store as a SecureString), put its ARN or name in the environment (`DB_PASSWORD_SECRET_ARN: secret.arn`) and read it at start-up, e.g. with the AWS Parameters and Secrets Lambda Extension. " +
        "Drop AWS access keys: the function's execution `role` supplies credentials. Rotate any credential that was deployed.",
    defaultLevel: "advisory",
    messages: {
        credentialInEnvironment: "Lambda function `{{name}}` keeps {{kind}} in environment variable `{{variable}}`.",
    },
    examples: {
        violating: [
            {
                description: "an API key in the environment",
                resources: [
                    {
                        type: "aws:lambda/function:Function",
                        name: "notifier",
                        props: {
                            role: "arn:aws:iam::111122223333:role/notifier",
                            runtime: "nodejs22.x",
                            handler: "index.handler",
                            environment: { variables: { STAGE: "prod", SLACK_API_TOKEN: "not-a-real-token-3f9a7c1e" } },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the secret's ARN in the environment, read at start-up",
                resources: [
                    {
                        type: "aws:lambda/function:Function",
                        name: "notifier",
                        props: {
                            role: "arn:aws:iam::111122223333:role/notifier",
                            runtime: "nodejs22.x",
                            handler: "index.handler",
                            environment: {
                                variables: { STAGE: "prod", SLACK_API_TOKEN_SECRET_ARN: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:notifier/slack-AbCdEf" },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:lambda/function:Function",
    async validate(props, ctx) {
        // Everything is read before the first await: reads (and what they note) belong to this run.
        const variables = recordOf(recordOf(props.environment).variables);
        const entries: EnvironmentEntry[] = [];
        for (const name of Object.keys(variables)) {
            // A value unknown during preview is noted (the run is then "could not judge" unless another variable fails).
            const value = known(() => variables[name]);
            if (!value.known) continue;
            const v = value.value;
            entries.push({ name, value: typeof v === "string" ? v : v === undefined || v === null ? "" : String(v) });
        }
        for (const finding of await findEnvironmentCredentials(entries)) {
            const { name } = entries[finding.index];
            ctx.report({
                messageId: "credentialInEnvironment",
                data: { name: ctx.name, variable: printable(name), kind: describeKinds(finding.kinds) },
                propertyPath: propertyPath("environment", "variables", name),
            });
        }
    },
});
