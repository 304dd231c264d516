import { defineRule, recordOf } from "../../../src";
import { REQUIRED_OPTION, enablesWhen, requirePresence } from "../lib/account-services";
import type {} from "../../../src/types/aws/accessanalyzer";

const ANALYZER = "aws:accessanalyzer/analyzer:Analyzer";

/** Analyzer types that look for access from outside the zone of trust; unset is ACCOUNT. */
const EXTERNAL_ACCESS = new Set(["ACCOUNT", "ORGANIZATION"]);
const findsExternalAccess = (type: unknown) =>
    type === undefined || type === null || type === "" || (typeof type === "string" && EXTERNAL_ACCESS.has(type.trim().toUpperCase()));

export default defineRule({
    id: "accessanalyzer-analyzer-enabled",
    title: "IAM Access Analyzer looks for external access",
    description:
        "An external-access analyzer continuously lists the buckets, keys, roles, queues and other resources that policies share with other accounts or the public, so an accidental grant is found when it is made. A stack that declares analyzers needs one of these; with `required`, a stack without any analyzer is reported too, for the account stack that should own it (one per region, or one organization analyzer).",
    severity: "medium",
    service: "accessanalyzer",
    frameworks: {
        "cis-aws-3.0": ["1.20"],
        "nist-800-53-r5": ["AC-3", "AC-6", "CA-7"],
    },
    tags: ["detection", "access"],
    remediation:
        'Declare an aws.accessanalyzer.Analyzer with `type: "ACCOUNT"` (the default) or `type: "ORGANIZATION"` in the delegated administrator account, in every region the account uses. Unused-access analyzers (ACCOUNT_UNUSED_ACCESS) do not look for external access.',
    defaultLevel: "advisory",
    configSchema: { properties: REQUIRED_OPTION },
    configDefaults: { required: false },
    messages: {
        noExternal: "This stack declares {{count}} IAM Access Analyzer analyzer(s) but none of type ACCOUNT or ORGANIZATION, so access from outside the account is not analysed.",
        missing: "This stack declares no external-access IAM Access Analyzer (type ACCOUNT or ORGANIZATION), and this rule is configured to require one.",
    },
    examples: {
        violating: [
            {
                description: "only an unused-access analyzer",
                resources: [{ type: ANALYZER, name: "unused", props: { analyzerName: "unused-access", type: "ACCOUNT_UNUSED_ACCESS" } }],
            },
        ],
        compliant: [
            {
                description: "an account analyzer",
                resources: [{ type: ANALYZER, name: "account", props: { analyzerName: "account-external-access", type: "ACCOUNT" } }],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const analyzers = stack.ofType(ANALYZER);
        if (analyzers.length === 0) {
            requirePresence(ctx, analyzers, () => false, { messageId: "missing" });
            return;
        }
        // A stack that declares analyzers owns access analysis: one of them must look for external access.
        let unknown = false;
        for (const analyzer of analyzers) {
            const verdict = enablesWhen(() => recordOf(analyzer.props).type, findsExternalAccess);
            if (verdict === true) return;
            if (verdict === "unknown") unknown = true;
        }
        if (!unknown) ctx.report({ messageId: "noExternal", data: { count: analyzers.length } });
    },
});
