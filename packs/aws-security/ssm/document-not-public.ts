import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ssm";

export default defineRule({
    id: "ssm-document-not-public",
    title: "Systems Manager documents are not shared publicly",
    description:
        "A document shared with All can be read and run by every AWS account. Documents often name internal hosts, buckets, parameters and scripts, which tells an attacker how the estate is built, and a public Automation or Command document can be run against other accounts' instances by anyone who trusts its name.",
    severity: "critical",
    service: "ssm",
    frameworks: {
        "aws-fsbp": ["SSM.4"],
        "nist-800-53-r5": ["AC-3", "AC-21"],
    },
    tags: ["exposure"],
    remediation: 'Share the document with specific accounts: `permissions: { type: "Share", accountIds: "111122223333,444455556666" }`, or drop `permissions` to keep it private.',
    defaultLevel: "mandatory",
    messages: {
        sharedWithAll: 'SSM document `{{name}}` is shared with every AWS account: permissions.accountIds includes "All".',
    },
    examples: {
        violating: [
            {
                description: "a document shared with all accounts",
                resources: [
                    {
                        type: "aws:ssm/document:Document",
                        name: "patch-fleet",
                        props: { documentType: "Command", content: "{}", permissions: { type: "Share", accountIds: "All" } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a document shared with one account",
                resources: [
                    {
                        type: "aws:ssm/document:Document",
                        name: "patch-fleet",
                        props: { documentType: "Command", content: "{}", permissions: { type: "Share", accountIds: "111122223333" } },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ssm/document:Document",
    validate(props, ctx) {
        const accountIds = props.permissions?.accountIds;
        if (typeof accountIds !== "string") return;
        // A comma-separated list of account IDs, or "All" (compared without case, as the API does).
        if (accountIds.split(",").some((id) => id.trim().toLowerCase() === "all")) {
            ctx.report({ messageId: "sharedWithAll", data: { name: ctx.name }, propertyPath: "permissions.accountIds" });
        }
    },
});
