import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/iam";

/** A whole number, or undefined for anything else (unset, wrong type). */
function wholeNumber(value: unknown): number | undefined {
    return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

export default defineRule({
    id: "iam-password-policy-strength",
    title: "Account password policy requires long, non-reused passwords",
    description:
        "Short passwords fall to guessing and brute force, and letting users cycle back to an old password undoes every forced change. CIS asks for at least 14 characters and for the last 24 passwords to be remembered.",
    severity: "medium",
    service: "iam",
    frameworks: {
        "cis-aws-3.0": ["1.8", "1.9"],
        "aws-fsbp": ["IAM.7"],
    },
    tags: ["credentials"],
    remediation:
        "Set `minimumPasswordLength: 14` (or more) and `passwordReusePrevention: 24` on the `aws.iam.AccountPasswordPolicy`. People who sign in through IAM Identity Center or another identity provider are not affected by this policy.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumPasswordLength: { type: "integer", minimum: 6, maximum: 128, description: "Shortest acceptable value of minimumPasswordLength." },
            passwordReusePrevention: { type: "integer", minimum: 1, maximum: 24, description: "Smallest acceptable value of passwordReusePrevention." },
        },
    },
    configDefaults: { minimumPasswordLength: 14, passwordReusePrevention: 24 },
    examples: {
        violating: [
            {
                description: "8 characters, 5 passwords remembered",
                resources: [
                    {
                        type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy",
                        name: "passwords",
                        props: {
                            minimumPasswordLength: 8,
                            passwordReusePrevention: 5,
                            requireLowercaseCharacters: true,
                            requireUppercaseCharacters: true,
                            requireNumbers: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "14 characters, 24 passwords remembered",
                resources: [
                    {
                        type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy",
                        name: "passwords",
                        props: {
                            minimumPasswordLength: 14,
                            passwordReusePrevention: 24,
                            requireLowercaseCharacters: true,
                            requireUppercaseCharacters: true,
                            requireNumbers: true,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy",
    validate(props, ctx) {
        const minLength = wholeNumber(ctx.config.minimumPasswordLength) ?? 14;
        const minReuse = wholeNumber(ctx.config.passwordReusePrevention) ?? 24;

        const length = wholeNumber(props.minimumPasswordLength);
        if (length === undefined || length < minLength) {
            const current = length === undefined ? "not set" : `${length}`;
            ctx.report({
                message: `Account password policy \`${ctx.name}\` accepts passwords shorter than ${minLength} characters (minimumPasswordLength is ${current}).`,
                propertyPath: "minimumPasswordLength",
            });
        }

        const reuse = wholeNumber(props.passwordReusePrevention);
        if (reuse === undefined || reuse < minReuse) {
            const current = reuse === undefined ? "not set, so any earlier password may be reused" : `${reuse}`;
            ctx.report({
                message: `Account password policy \`${ctx.name}\` remembers fewer than ${minReuse} previous passwords (passwordReusePrevention is ${current}).`,
                propertyPath: "passwordReusePrevention",
            });
        }
    },
});
