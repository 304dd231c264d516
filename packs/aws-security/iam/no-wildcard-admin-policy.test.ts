import { checkCase, mockResource, secret, unknown, unreadableSecret, type RuleCase } from "../../../src/testing";
import rule from "./no-wildcard-admin-policy";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
// Policy documents as tests write them: any JSON shape (a string or an object, malformed ones too).
const policy = (value: unknown) => mockResource.untyped("aws:iam/policy:Policy", { policy: value }, { name: "ops" });

export const cases: RuleCase[] = [
    {
        name: "Allow * on *",
        resources: policy(doc({ Effect: "Allow", Action: "*", Resource: "*" })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "Allow *:* in a list, second statement of a role policy",
        resources: mockResource("aws:iam/rolePolicy:RolePolicy", {
            role: "r",
            policy: doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }, { Effect: "Allow", Action: ["ec2:*", "*:*"], Resource: ["*"] }),
        }),
        expect: { violations: ["policy.Statement[1]"] },
    },
    {
        name: "policy given as an object",
        resources: policy({ Version: "2012-10-17", Statement: { Effect: "Allow", Action: ["*"], Resource: "*" } }),
        expect: { violations: ["policy.Statement[0]"] },
    },
    { name: "scoped actions", resources: policy(doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::logs/*" })), expect: "pass" },
    { name: "Deny * on *", resources: policy(doc({ Effect: "Deny", Action: "*", Resource: "*" })), expect: "pass" },
    { name: "not JSON: reported as not judged, never passed", resources: policy("{not json"), expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    { name: "every resource written as an all-wildcard ARN", resources: policy(doc({ Effect: "Allow", Action: "*", Resource: "arn:aws:*:*:*:*" })), expect: { violations: ["policy.Statement[0]"] } },
    { name: 'every resource written as "arn:*"', resources: policy(doc({ Effect: "Allow", Action: "*", Resource: ["arn:aws:s3:::logs", "arn:*"] })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "every resource but one (NotResource)", resources: policy(doc({ Effect: "Allow", Action: "*", NotResource: "arn:aws:iam::111122223333:role/break-glass" })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "document unknown during preview", resources: policy(unknown()), expect: "skipped" },
    {
        name: "secret document: violation reported on the policy with the details withheld",
        resources: policy(secret(doc({ Effect: "Allow", Action: "*", Resource: "*", Sid: "TopSecretSid" }))),
        expect: { violations: [{ propertyPath: "policy", messageIncludes: "The details are withheld because this finding rests on secret values (`policy`)" }] },
    },
    { name: "policy an unreadable secret (encrypted in the stack export): not judged", resources: policy(unreadableSecret()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: violation reported on the policy with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("TopSecretSid");
});
