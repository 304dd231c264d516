import { defineRule } from "../../../src";
import type {} from "../../../src/types/gcp/serviceaccount";

/** The `{ACCOUNT}` of a `serviceAccountId`: an email, a name or a unique id, alone or in `projects/{PROJECT}/serviceAccounts/{ACCOUNT}`. */
function accountOf(serviceAccountId: string): string {
    const marker = "/serviceAccounts/";
    const at = serviceAccountId.indexOf(marker);
    return (at < 0 ? serviceAccountId : serviceAccountId.slice(at + marker.length)).trim().toLowerCase();
}

export default defineRule({
    id: "gcp-serviceaccount-no-user-managed-keys",
    title: "Service accounts have no user-managed keys",
    description:
        "A user-managed service account key is a long-lived credential that works from anywhere until someone deletes it: it ends up in repositories, laptops and CI logs, and Google cannot rotate it. Keys that Google manages (attached service accounts, workload identity, impersonation) never leave Google. Every gcp.serviceaccount.Key is such a key, whether Google generated it or its public half was uploaded.",
    severity: "medium",
    service: "serviceaccount",
    frameworks: {
        "cis-gcp-5.0": ["1.5"],
        "nist-800-53-r5": ["IA-5", "AC-2"],
    },
    tags: ["credentials", "iam"],
    remediation:
        "Remove the gcp.serviceaccount.Key. Run workloads as an attached service account, use Workload Identity (GKE) or Workload Identity Federation from other clouds and CI, or impersonate the account (roles/iam.serviceAccountTokenCreator) for short-lived tokens; list an account in `allowedServiceAccounts` only where none of these works.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowedServiceAccounts: {
                type: "array",
                items: { type: "string" },
                description:
                    "Service accounts that may have user-managed keys, as their email, name or unique id (the `{ACCOUNT}` of the key's serviceAccountId), compared ignoring case. Empty by default.",
            },
        },
    },
    configDefaults: { allowedServiceAccounts: [] },
    examples: {
        violating: [
            {
                description: "a downloadable key for a deploy account",
                resources: [{ type: "gcp:serviceaccount/key:Key", name: "deployer-key", props: { serviceAccountId: "deployer@acme-prod.iam.gserviceaccount.com" } }],
            },
        ],
        compliant: [
            {
                description: "a service account used through impersonation, without keys",
                resources: [{ type: "gcp:serviceaccount/account:Account", name: "deployer", props: { accountId: "deployer", displayName: "Deploys from CI through Workload Identity Federation" } }],
            },
        ],
    },
    messages: {
        userManagedKey: "Service account key `{{name}}` is a user-managed key, a long-lived credential that Google cannot rotate.",
    },
    resourceType: "gcp:serviceaccount/key:Key",
    validate(props, ctx) {
        const allowed = ctx.config.allowedServiceAccounts.map((a) => a.trim().toLowerCase());
        // Only an allow list makes the account matter; without one every key is reported.
        if (allowed.length > 0) {
            const id = props.serviceAccountId;
            if (typeof id === "string" && (allowed.includes(accountOf(id)) || allowed.includes(id.trim().toLowerCase()))) return;
        }
        ctx.report({ messageId: "userManagedKey", data: { name: ctx.name }, propertyPath: "serviceAccountId" });
    },
});
