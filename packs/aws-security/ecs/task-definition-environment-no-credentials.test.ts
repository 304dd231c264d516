import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./task-definition-environment-no-credentials";

// Realistic but fake: shaped as the detectors expect, never real keys.
const AWS_SECRET = "Zx3kQ9pLm2Vb7Nc4Rt8Yw1Hs6Jd5Gf0Ka9Qe3Uo7";
const AWS_KEY_ID = "AKIAZ7QW3ERTY5UIOP2A";
const GITHUB_TOKEN = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

type Env = Array<{ name: string; value?: unknown }>;
const container = (environment: Env, extra: Record<string, unknown> = {}) => ({ name: "api", image: "acme/api:1.4.2", essential: true, environment, ...extra });
const task = (containerDefinitions: string) => mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "api", containerDefinitions }, { name: "api" });
const withEnv = (environment: Env) => task(JSON.stringify([container(environment)]));

const violation = (variable: string, kind: string, containerName = "api") => ({
    messageId: "credentialInEnvironment",
    data: { name: "api", container: containerName, variable, kind },
    propertyPath: "containerDefinitions",
});

export const cases: RuleCase[] = [
    {
        name: "AWS keys in the environment (ECS.8)",
        resources: withEnv([
            { name: "AWS_ACCESS_KEY_ID", value: AWS_KEY_ID },
            { name: "AWS_SECRET_ACCESS_KEY", value: AWS_SECRET },
        ]),
        expect: { violations: [violation("AWS_ACCESS_KEY_ID", "an AWS access key ID"), violation("AWS_SECRET_ACCESS_KEY", "an AWS secret access key")] },
    },
    {
        name: "ECS.8's names are reported whatever their value",
        resources: withEnv([
            { name: "AWS_ACCESS_KEY_ID", value: "placeholder" },
            { name: "ECS_ENGINE_AUTH_DATA", value: "" },
        ]),
        expect: { violations: [violation("AWS_ACCESS_KEY_ID", "a hard-coded credential"), violation("ECS_ENGINE_AUTH_DATA", "a private registry credential")] },
    },
    {
        name: "AWS's documentation example keys are reported (peers' test suites use them)",
        resources: withEnv([{ name: "KEY", value: "AKIAIOSFODNN7EXAMPLE" }]),
        expect: { violations: [violation("KEY", "an AWS access key ID")] },
    },
    {
        name: "a credential-named variable with a literal value (Trivy's no-plaintext-secrets case)",
        resources: withEnv([
            { name: "ENVIRONMENT", value: "development" },
            { name: "DATABASE_PASSWORD", value: "oh no D:" },
        ]),
        expect: { violations: [violation("DATABASE_PASSWORD", "a hard-coded credential")] },
    },
    {
        name: "a token under an innocent name, in the second container",
        resources: task(JSON.stringify([container([{ name: "STAGE", value: "prod" }]), { name: "sidecar", image: "acme/sync:1", environment: [{ name: "GH", value: GITHUB_TOKEN }] }])),
        expect: { violations: [violation("GH", "a GitHub token", "sidecar")] },
    },
    {
        name: "a variable with an unprintable name is named by position",
        resources: withEnv([{ name: "db password!", value: "hunter22" }]),
        expect: { violations: [violation("environment[0]", "a hard-coded credential")] },
    },
    { name: "configuration only", resources: withEnv([{ name: "ENVIRONMENT", value: "development" }, { name: "PORT", value: 8080 }]), expect: "pass" },
    {
        name: "the credential passed through secrets",
        resources: task(
            JSON.stringify([
                container([{ name: "STAGE", value: "prod" }], {
                    secrets: [{ name: "DB_PASSWORD", valueFrom: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:api/db-AbCdEf" }],
                }),
            ]),
        ),
        expect: "pass",
    },
    {
        name: "metadata about a secret, and references",
        resources: withEnv([
            { name: "DB_PASSWORD_SECRET_ARN", value: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:api/db-AbCdEf" },
            { name: "SECRET_NAME", value: "api/db" },
            { name: "API_TOKEN", value: "arn:aws:ssm:eu-west-1:111122223333:parameter/api/token" },
            { name: "DB_PASSWORD", value: "" },
        ]),
        expect: "pass",
    },
    { name: "no environment at all", resources: task(JSON.stringify([{ name: "api", image: "acme/api:1.4.2" }])), expect: "pass" },
    {
        name: "containerDefinitions that are not JSON: could not be judged",
        resources: task("[{ name: api }"),
        expect: { violations: [{ messageId: "unreadable", data: { name: "api", problem: "is not valid JSON" }, propertyPath: "containerDefinitions" }] },
    },
    {
        name: "containerDefinitions that are not a list",
        resources: task(JSON.stringify({ name: "api", image: "acme/api" })),
        expect: { violations: [{ messageId: "unreadable", data: { name: "api", problem: "is not a JSON list of container definitions" }, propertyPath: "containerDefinitions" }] },
    },
    {
        name: "wrong-typed entries are not a crash",
        resources: mockResource.untyped("aws:ecs/taskDefinition:TaskDefinition", { family: "api", containerDefinitions: JSON.stringify([null, 3, { name: "api", environment: "x" }, { environment: [null, { value: 1 }] }]) }, { name: "api" }),
        expect: "pass",
    },
    {
        name: "secret containerDefinitions: scanned, details withheld",
        resources: mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "api", containerDefinitions: secret(JSON.stringify([container([{ name: "DB_PASSWORD", value: "correct-horse-battery" }])])) }, { name: "api" }),
        expect: { violations: [{ propertyPath: "containerDefinitions", messageIncludes: "[secret]" }] },
    },
    { name: "containerDefinitions unknown during preview", resources: task(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("no report carries a matched value", async () => {
    const result = await checkCase(rule, cases[0]);
    const text = JSON.stringify(result.diagnostics);
    expect(text).not.toContain(AWS_SECRET);
    expect(text).not.toContain(AWS_KEY_ID);
});

test("a secret task definition's values appear nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name.startsWith("secret containerDefinitions"))!);
    expect(JSON.stringify(result.diagnostics)).not.toContain("correct-horse-battery");
});
