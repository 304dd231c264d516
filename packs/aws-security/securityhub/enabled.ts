import { defineRule, known, recordOf } from "../../../src";
import { REQUIRED_OPTION, requirePresence } from "../lib/account-services";
import type {} from "../../../src/types/aws/securityhub";

const ACCOUNT = "aws:securityhub/account:Account";
const SUBSCRIPTION = "aws:securityhub/standardsSubscription:StandardsSubscription";

export default defineRule({
    id: "securityhub-enabled",
    title: "Security Hub is enabled with security standards",
    description:
        "Security Hub gathers the findings of GuardDuty, Config, Inspector, Access Analyzer and others in one place and runs the checks of standards such as AWS Foundational Security Best Practices. Enabled without any standard (enableDefaultStandards: false and no subscription) it runs no checks of its own. With `required`, a stack without Security Hub is reported too, for the account stack that should own it.",
    severity: "medium",
    service: "securityhub",
    frameworks: {
        "cis-aws-3.0": ["4.16"],
        "nist-800-53-r5": ["CA-7", "SI-4"],
    },
    tags: ["detection", "monitoring"],
    remediation:
        "Declare an aws.securityhub.Account (with `enableDefaultStandards` left at its default, true) in every region the account uses, or subscribe the standards you need with aws.securityhub.StandardsSubscription.",
    defaultLevel: "advisory",
    configSchema: { properties: REQUIRED_OPTION },
    configDefaults: { required: false },
    messages: {
        noStandards: "Security Hub account `{{name}}` runs no security standard: enableDefaultStandards is false and the stack subscribes none (StandardsSubscription).",
        missing: "This stack does not enable Security Hub (aws.securityhub.Account), and this rule is configured to require it.",
    },
    examples: {
        violating: [
            {
                description: "Security Hub enabled without any standard",
                resources: [{ type: ACCOUNT, name: "hub", props: { enableDefaultStandards: false } }],
            },
        ],
        compliant: [
            {
                description: "Security Hub with its default standards",
                resources: [{ type: ACCOUNT, name: "hub", props: { enableDefaultStandards: true, autoEnableControls: true } }],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const accounts = stack.ofType(ACCOUNT);
        const subscribed = stack.ofType(SUBSCRIPTION).length > 0;
        for (const account of accounts) {
            const defaults = known(() => recordOf(account.props).enableDefaultStandards);
            // enableDefaultStandards defaults to true.
            if (defaults.known && defaults.value === false && !subscribed) {
                ctx.report({ urn: account.urn, messageId: "noStandards", data: { name: account.name }, propertyPath: "enableDefaultStandards" });
            }
        }
        requirePresence(ctx, accounts, () => true, { messageId: "missing" });
    },
});
