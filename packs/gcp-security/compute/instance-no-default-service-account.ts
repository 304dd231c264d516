import { defineRule, recordOf } from "../../../src";
import { INSTANCE, INSTANCE_TYPES, computeSubject, isDefaultServiceAccount } from "../lib/compute-instances";
import type {} from "../../../src/types/gcp/compute";

/**
 * Wider than gcp-compute-instance-no-default-service-account-full-access: any scope. A
 * `serviceAccount` block without `email` gets the default account; without a block the VM has
 * no service account.
 */
export default defineRule({
    id: "gcp-compute-instance-no-default-service-account",
    title: "VMs do not run as the Compute Engine default service account",
    description:
        "The Compute Engine default service account is shared by every VM that uses it and holds the Editor role on its project, so one compromised VM gets the permissions meant for all of them. Access scopes only narrow it for the OAuth tokens the VM hands out, and are easily widened. A dedicated service account per workload, granted only the roles it needs, limits what a compromised VM can do. Instance templates are judged too.",
    severity: "medium",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["4.1"],
        "nist-800-53-r5": ["AC-6", "IA-2"],
    },
    tags: ["identity"],
    remediation:
        "Create a gcp.serviceaccount.Account for the workload, grant it only the roles it needs, and set `serviceAccount.email` to its email (or leave out the `serviceAccount` block when the VM needs no Google API access).",
    defaultLevel: "advisory",
    messages: {
        defaultAccount: "{{subject}} runs as the Compute Engine default service account ({{email}}), which has the Editor role on its project.",
    },
    examples: {
        violating: [
            {
                description: "the default service account",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: {
                            machineType: "e2-medium",
                            bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
                            networkInterfaces: [{ network: "prod-vpc" }],
                            serviceAccount: { email: "123456789012-compute@developer.gserviceaccount.com", scopes: ["logging-write", "monitoring-write"] },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a dedicated service account",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: {
                            machineType: "e2-medium",
                            bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
                            networkInterfaces: [{ network: "prod-vpc" }],
                            serviceAccount: { email: "web-vm@acme-prod.iam.gserviceaccount.com", scopes: ["cloud-platform"] },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...INSTANCE_TYPES],
    validate(props, ctx) {
        const account = props.serviceAccount;
        if (account === undefined || account === null) return;
        const email = recordOf(account).email;
        if (!isDefaultServiceAccount(email)) return;
        ctx.report({
            messageId: "defaultAccount",
            data: { subject: computeSubject(ctx.type, ctx.name), email: typeof email === "string" && email.trim() !== "" ? email.trim() : "no email set" },
            propertyPath: "serviceAccount.email",
        });
    },
});
