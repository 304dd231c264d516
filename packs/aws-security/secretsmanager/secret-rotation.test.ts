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
        expect: { violations: [{ messageIncludes: "The details are withheld because this finding rests on secret values (`name`)" }] },
    },
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
