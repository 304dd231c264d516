import { checkCase, mockResource, secret, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./permission-no-public-invoke";
import sourceRule from "./permission-source-restricted";

const permission = (props: MockProps<"aws:lambda/permission:Permission">) =>
    mockResource("aws:lambda/permission:Permission", { function: "handler", action: "lambda:InvokeFunction", ...props }, { name: "allow-all" });

export const cases: RuleCase[] = [
    {
        name: "invoke granted to everyone",
        resources: permission({ principal: "*" }),
        expect: { violations: [{ propertyPath: "principal", messageIncludes: "lambda:InvokeFunction" }] },
    },
    {
        name: "public function URL invoke permission",
        resources: permission({ principal: "*", action: "lambda:InvokeFunctionUrl", functionUrlAuthType: "NONE" }),
        expect: { violations: ["principal"] },
    },
    { name: "everyone in the organization", resources: permission({ principal: "*", principalOrgId: "o-abc123" }), expect: "pass" },
    { name: "scoped by source account", resources: permission({ principal: "*", sourceAccount: "123456789012" }), expect: "pass" },
    {
        name: "service principal scoped by source ARN",
        resources: permission({ principal: "s3.amazonaws.com", sourceArn: "arn:aws:s3:::uploads" }),
        expect: "pass",
    },
    { name: "another account", resources: permission({ principal: "123456789012" }), expect: "pass" },
    { name: "empty source ARN does not scope", resources: permission({ principal: "*", sourceArn: "  " }), expect: { violations: ["principal"] } },
    {
        name: "source ARN unknown during preview, nothing else scoping the grant: not judged",
        resources: permission({ principal: "*", sourceArn: unknown() }),
        expect: "skipped",
    },
    {
        name: "source ARN unknown during preview, the grant scoped by a known source account",
        resources: permission({ principal: "*", sourceArn: unknown(), sourceAccount: "123456789012" }),
        expect: "pass",
    },
    {
        name: "source ARN unknown during preview, the other scoping fields empty: not judged",
        resources: permission({ principal: "*", sourceArn: unknown(), sourceAccount: "", principalOrgId: " " }),
        expect: "skipped",
    },
    { name: "principal unknown during preview", resources: permission({ principal: unknown() }), expect: "skipped" },
    {
        name: "an action outside the known invoke actions is not echoed",
        resources: permission({ principal: "*", action: "lambda:GetFunction" }),
        expect: { violations: [{ propertyPath: "principal", messageIncludes: 'grants to principal "*"' }] },
    },
    {
        name: "a secret action: reported with the details withheld",
        resources: permission({ principal: "*", action: secret("lambda:InvokeFunction") }),
        expect: {
            violations: [{ propertyPath: "principal", messageIncludes: "The details are withheld because this finding rests on secret values (`action`)" }],
        },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test('what lambda-permission-source-restricted leaves to this rule (principal "*"), this rule reports; a service principal is the other rule\'s', async () => {
    const everyone = permission({ principal: "*" });
    await checkCase(sourceRule, { name: 'principal "*" left to lambda-permission-no-public-invoke', resources: everyone, expect: "pass" });
    await checkCase(rule, { name: "reported here", resources: everyone, expect: { violations: ["principal"] } });
    const service = permission({ principal: "sns.amazonaws.com" });
    await checkCase(rule, { name: "a service principal is not everyone", resources: service, expect: "pass" });
    await checkCase(sourceRule, { name: "reported there", resources: service, expect: { violations: ["sourceArn"] } });
});

test("a secret action appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "a secret action: reported with the details withheld")!);
    expect(JSON.stringify([result.diagnostics, result.remediations])).not.toContain("lambda:InvokeFunction");
});
