import { checkCase, mockResource, secret, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./secret-rotation";

const ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-creds-AbCdEf";
const RULES = { rotationLambdaArn: "arn:aws:lambda:eu-west-1:123456789012:function:rotate", rotationRules: { automaticallyAfterDays: 30 } };

const dbSecret = mockResource("aws:secretsmanager/secret:Secret", { name: "prod/db-creds", id: ARN }, { name: "db-creds" });
const apiKey = mockResource("aws:secretsmanager/secret:Secret", { name: "prod/api-key" }, { name: "api-key" });
const rotation = (name: string, props: MockProps<"aws:secretsmanager/secretRotation:SecretRotation">, dependsOn?: string) =>
    mockResource("aws:secretsmanager/secretRotation:SecretRotation", { ...RULES, ...props }, {
        name,
        propertyDependencies: dependsOn ? { secretId: [dependsOn] } : undefined,
    });

export const cases: RuleCase[] = [
    {
        name: "secret without rotation",
        resources: [dbSecret],
        expect: { violations: [{ urn: dbSecret.urn, messageIncludes: "Secret `db-creds` has no SecretRotation" }] },
    },
    { name: "rotation joined by the secret's ARN", resources: [dbSecret, rotation("db-rotation", { secretId: ARN })], expect: "pass" },
    { name: "rotation joined by the secret's name", resources: [dbSecret, rotation("db-rotation", { secretId: "prod/db-creds" })], expect: "pass" },
    {
        name: "rotation joined through the property dependency while the ARN is unknown (preview)",
        resources: [
            mockResource("aws:secretsmanager/secret:Secret", { name: "prod/db-creds" }, { name: "db-creds" }),
            rotation("db-rotation", { secretId: unknown() }, dbSecret.urn),
        ],
        expect: "pass",
    },
    {
        name: "a rotation whose secret cannot be told (unknown during preview, no dependency): not judged",
        resources: [dbSecret, rotation("mystery-rotation", { secretId: unknown() })],
        expect: "skipped",
    },
    {
        name: "one secret rotated, one not",
        resources: [dbSecret, apiKey, rotation("db-rotation", { secretId: ARN })],
        expect: { violations: [{ urn: apiKey.urn }] },
    },
    {
        name: "a rotation for a secret outside the stack does not cover ours",
        resources: [dbSecret, rotation("other-rotation", { secretId: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:other" })],
        expect: { violations: [{ urn: dbSecret.urn }] },
    },
    {
        name: "rotation switched off is reported on the rotation",
        resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationEnabled: false, rotationRules: undefined })],
        expect: { violations: [{ propertyPath: "rotationEnabled", messageIncludes: "Secret rotation `db-rotation`" }] },
    },
    {
        name: "rotation switch unknown during preview: not judged",
        resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationEnabled: unknown("boolean") })],
        expect: "skipped",
    },
    {
        name: "a secret whose name is secret: reported with the details withheld",
        resources: [mockResource("aws:secretsmanager/secret:Secret", { name: secret("prod/payments-master-key") }, { name: "payments" })],
        expect: { violations: [{ messageId: "noRotation", messageIncludes: "Secret `[secret]` has no SecretRotation" }] },
    },
    {
        name: "rotated every 120 days: longer than the 90 allowed",
        resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { automaticallyAfterDays: 120 } })],
        expect: { violations: [{ messageId: "tooLong", data: { rotation: "db-rotation", secret: "db-creds", maximumDays: 90, days: 120 }, propertyPath: "rotationRules" }] },
    },
    { name: "rotated every 90 days: exactly the limit", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { automaticallyAfterDays: 90 } })], expect: "pass" },
    {
        name: "a stricter configured maximum",
        resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { automaticallyAfterDays: 60 } })],
        options: { config: { "secretsmanager-secret-rotation": { maximumDays: 30 } } },
        expect: { violations: [{ messageId: "tooLong", data: { rotation: "db-rotation", secret: "db-creds", maximumDays: 30, days: 60 } }] },
    },
    { name: "rate(30 days)", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { scheduleExpression: "rate(30 days)" } })], expect: "pass" },
    { name: "rate(4 hours)", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { scheduleExpression: "rate(4 hours)" } })], expect: "pass" },
    { name: "rate(180 days)", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { scheduleExpression: "rate(180 days)" } })], expect: { violations: [{ messageId: "tooLong", data: { rotation: "db-rotation", secret: "db-creds", maximumDays: 90, days: 180 } }] } },
    { name: "cron: the first of every month", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { scheduleExpression: "cron(0 16 1 * ? *)" } })], expect: "pass" },
    { name: "cron: every second month", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { scheduleExpression: "cron(0 8 1 */2 ? *)" } })], expect: "pass" },
    { name: "cron: every Sunday", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { scheduleExpression: "cron(0 4 ? * SUN *)" } })], expect: "pass" },
    {
        name: "cron: quarterly (up to 93 days)",
        resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { scheduleExpression: "cron(0 0 1 JAN,APR,JUL,OCT ? *)" } })],
        expect: { violations: [{ messageId: "tooLong", data: { rotation: "db-rotation", secret: "db-creds", maximumDays: 90, days: 93 } }] },
    },
    { name: "cron: once a year", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { scheduleExpression: "cron(0 0 1 6 ? *)" } })], expect: { violations: [{ messageId: "tooLong" }] } },
    {
        name: "cron limited to one year: not confirmed",
        resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { scheduleExpression: "cron(0 0 1 * ? 2027)" } })],
        expect: { violations: [{ messageId: "scheduleNotJudged", data: { rotation: "db-rotation", secret: "db-creds", maximumDays: 90 } }] },
    },
    { name: "an unreadable schedule: not confirmed", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { scheduleExpression: "every now and then" } })], expect: { violations: [{ messageId: "scheduleNotJudged" }] } },
    { name: "enabled rotation without rules", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: undefined })], expect: { violations: [{ messageId: "noSchedule", propertyPath: "rotationRules" }] } },
    { name: "schedule unknown during preview: not judged", resources: [dbSecret, rotation("db-rotation", { secretId: ARN, rotationRules: { automaticallyAfterDays: unknown("number") } })], expect: "skipped" },
    { name: "no secrets, nothing to check", resources: [mockResource("aws:iam/role:Role", { assumeRolePolicy: "{}" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("a secret's name is never printed: only its Pulumi resource name", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret without rotation")!);
    expect(JSON.stringify(result.diagnostics)).not.toContain("prod/db-creds");
});

test("a secret name that is secret appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "a secret whose name is secret: reported with the details withheld")!);
    expect(JSON.stringify([result.diagnostics, result.remediations])).not.toContain("payments-master-key");
});
