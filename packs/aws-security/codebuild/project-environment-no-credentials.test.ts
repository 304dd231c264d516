import { checkCase, mockResource, secret, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./project-environment-no-credentials";

// Realistic but fake: shaped as the detectors expect, never real keys.
const AWS_SECRET = "Zx3kQ9pLm2Vb7Nc4Rt8Yw1Hs6Jd5Gf0Ka9Qe3Uo7";
const AWS_KEY_ID = "AKIAZ7QW3ERTY5UIOP2A";
const NPM_TOKEN = "npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

type Variables = NonNullable<MockProps<"aws:codebuild/project:Project">["environment"]>["environmentVariables"];
const project = (environmentVariables: Variables) =>
    mockResource(
        "aws:codebuild/project:Project",
        {
            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
            artifacts: { type: "NO_ARTIFACTS" },
            source: { type: "GITHUB", location: "https://github.com/acme/app.git" },
            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER", environmentVariables },
        },
        { name: "deploy" },
    );
const violation = (index: number, variable: string, kind: string) => ({
    messageId: "credentialInEnvironment",
    data: { name: "deploy", variable, kind },
    propertyPath: `environment.environmentVariables[${index}].value`,
});

export const cases: RuleCase[] = [
    {
        name: "AWS keys as plain-text variables (CodeBuild.2)",
        resources: project([
            { name: "AWS_ACCESS_KEY_ID", value: AWS_KEY_ID, type: "PLAINTEXT" },
            { name: "AWS_SECRET_ACCESS_KEY", value: AWS_SECRET },
        ]),
        expect: { violations: [violation(0, "AWS_ACCESS_KEY_ID", "an AWS access key ID"), violation(1, "AWS_SECRET_ACCESS_KEY", "an AWS secret access key")] },
    },
    {
        name: "AWS's documentation example keys",
        resources: project([
            { name: "AWS_ACCESS_KEY_ID", value: "AKIAIOSFODNN7EXAMPLE" },
            { name: "AWS_SECRET_ACCESS_KEY", value: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
        ]),
        expect: { violations: [violation(0, "AWS_ACCESS_KEY_ID", "an AWS access key ID"), violation(1, "AWS_SECRET_ACCESS_KEY", "an AWS secret access key")] },
    },
    {
        name: "CodeBuild.2's names whatever the value",
        resources: project([{ name: "AWS_SECRET_ACCESS_KEY", value: "$(cat /tmp/key)" }]),
        expect: { violations: [violation(0, "AWS_SECRET_ACCESS_KEY", "an AWS secret access key")] },
    },
    {
        name: "a credential-named plain-text variable",
        resources: project([{ name: "STAGE", value: "prod" }, { name: "DOCKERHUB_PASSWORD", value: "correct-horse-battery" }]),
        expect: { violations: [violation(1, "DOCKERHUB_PASSWORD", "a hard-coded credential")] },
    },
    { name: "a token under an innocent name", resources: project([{ name: "NPMRC", value: NPM_TOKEN }]), expect: { violations: [violation(0, "NPMRC", "an npm token")] } },
    {
        name: "references to Secrets Manager and Parameter Store",
        resources: project([
            { name: "AWS_SECRET_ACCESS_KEY", value: "ci/aws-secret", type: "SECRETS_MANAGER" },
            { name: "NPM_TOKEN", value: "/ci/npm-token", type: "PARAMETER_STORE" },
            { name: "STAGE", value: "prod", type: "PLAINTEXT" },
        ]),
        expect: "pass",
    },
    { name: "no variables", resources: project(undefined), expect: "pass" },
    {
        name: "a secret value: scanned, details withheld",
        resources: project([{ name: "GITHUB_TOKEN", value: secret("ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8") }]),
        expect: { violations: [{ messageIncludes: "[secret]" }] },
    },
    { name: "value unknown during preview", resources: project([{ name: "DB_PASSWORD", value: unknown() }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("no report carries a matched value", async () => {
    const text = JSON.stringify((await checkCase(rule, cases[0])).diagnostics);
    expect(text).not.toContain(AWS_SECRET);
    expect(text).not.toContain(AWS_KEY_ID);
    const withheld = JSON.stringify((await checkCase(rule, cases.find((c) => c.name.startsWith("a secret value"))!)).diagnostics);
    expect(withheld).not.toContain("ghp_a1B2");
});
