import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./password-policy-strength";

const passwordPolicy = (props: MockProps<"aws:iam/accountPasswordPolicy:AccountPasswordPolicy">) =>
    mockResource("aws:iam/accountPasswordPolicy:AccountPasswordPolicy", props, { name: "account" });

export const cases: RuleCase[] = [
    {
        name: "short and reusable",
        resources: passwordPolicy({ minimumPasswordLength: 8, passwordReusePrevention: 5 }),
        expect: {
            violations: [
                { propertyPath: "minimumPasswordLength", messageIncludes: "minimumPasswordLength is 8" },
                { propertyPath: "passwordReusePrevention", messageIncludes: "passwordReusePrevention is 5" },
            ],
        },
    },
    {
        name: "nothing set",
        resources: passwordPolicy({ requireSymbols: true }),
        expect: { violations: [{ propertyPath: "minimumPasswordLength", messageIncludes: "not set" }, "passwordReusePrevention"] },
    },
    { name: "long enough but reuse too low", resources: passwordPolicy({ minimumPasswordLength: 16, passwordReusePrevention: 12 }), expect: { violations: ["passwordReusePrevention"] } },
    { name: "CIS values", resources: passwordPolicy({ minimumPasswordLength: 14, passwordReusePrevention: 24 }), expect: "pass" },
    {
        name: "configured thresholds",
        resources: passwordPolicy({ minimumPasswordLength: 12, passwordReusePrevention: 10 }),
        options: { config: { "iam-password-policy-strength": { minimumPasswordLength: 12, passwordReusePrevention: 10 } } },
        expect: "pass",
    },
    { name: "length unknown during preview", resources: passwordPolicy({ minimumPasswordLength: unknown("number"), passwordReusePrevention: 24 }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
