import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./function-environment-no-credentials";

// Realistic but fake: shaped as the detectors expect, never real keys.
const AWS_SECRET = "Zx3kQ9pLm2Vb7Nc4Rt8Yw1Hs6Jd5Gf0Ka9Qe3Uo7";
const AWS_KEY_ID = "AKIAZ7QW3ERTY5UIOP2A";

const fn = (variables: Record<string, string> | undefined) =>
    mockResource(
        "aws:lambda/function:Function",
        { role: "arn:aws:iam::111122223333:role/fn", runtime: "nodejs22.x", handler: "index.handler", environment: variables === undefined ? undefined : { variables } },
        { name: "notifier" },
    );
const violation = (variable: string, kind: string) => ({
    messageId: "credentialInEnvironment",
    data: { name: "notifier", variable, kind },
    propertyPath: `environment.variables.${variable}`,
});

export const cases: RuleCase[] = [
    {
        name: "AWS keys in the environment (checkov CKV_AWS_45)",
        resources: fn({ AWS_ACCESS_KEY_ID: AWS_KEY_ID, AWS_SECRET_ACCESS_KEY: AWS_SECRET }),
        expect: { violations: [violation("AWS_ACCESS_KEY_ID", "an AWS access key ID"), violation("AWS_SECRET_ACCESS_KEY", "an AWS secret access key")] },
    },
    {
        name: "AWS's documentation example keys",
        resources: fn({ AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE", AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" }),
        expect: { violations: [violation("AWS_ACCESS_KEY_ID", "an AWS access key ID"), violation("AWS_SECRET_ACCESS_KEY", "an AWS secret access key")] },
    },
    { name: "a credential-named variable", resources: fn({ STAGE: "prod", DB_PASSWORD: "correct-horse-battery" }), expect: { violations: [violation("DB_PASSWORD", "a hard-coded credential")] } },
    {
        name: "a connection string with a password",
        resources: fn({ DATABASE_URL: "postgres://app:Xy7pQ2rT9wLm@db.internal.example.com:5432/app" }),
        expect: { violations: [violation("DATABASE_URL", "a database connection string with a password")] },
    },
    { name: "configuration only", resources: fn({ STAGE: "prod", TABLE_NAME: "orders", LOG_LEVEL: "info" }), expect: "pass" },
    {
        name: "the secret's ARN, read at start-up",
        resources: fn({ DB_PASSWORD_SECRET_ARN: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf", API_KEY: "arn:aws:ssm:eu-west-1:111122223333:parameter/api-key" }),
        expect: "pass",
    },
    { name: "no environment", resources: fn(undefined), expect: "pass" },
    {
        name: "a secret value: scanned, details withheld",
        resources: fn({ STAGE: "prod", DB_PASSWORD: secret("correct-horse-battery") }),
        expect: { violations: [{ messageIncludes: "[secret]" }] },
    },
    { name: "the only variable unknown during preview", resources: fn({ API_TOKEN: unknown() }), expect: "skipped" },
    {
        name: "one value unknown, another a credential: still reported",
        resources: fn({ TABLE_NAME: unknown(), DB_PASSWORD: "correct-horse-battery" }),
        expect: { violations: [violation("DB_PASSWORD", "a hard-coded credential")] },
    },
    { name: "the whole environment unknown during preview", resources: mockResource("aws:lambda/function:Function", { role: "arn:aws:iam::111122223333:role/fn", environment: { variables: unknown("object") } }, { name: "notifier" }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("no report carries a matched value", async () => {
    const text = JSON.stringify((await checkCase(rule, cases[0])).diagnostics);
    expect(text).not.toContain(AWS_SECRET);
    expect(text).not.toContain(AWS_KEY_ID);
    const withheld = JSON.stringify((await checkCase(rule, cases.find((c) => c.name.startsWith("a secret value"))!)).diagnostics);
    expect(withheld).not.toContain("correct-horse-battery");
});
