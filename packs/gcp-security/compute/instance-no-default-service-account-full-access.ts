import { defineRule, listOf, recordOf } from "../../../src";
import { INSTANCE, INSTANCE_TYPES, computeSubject, isDefaultServiceAccount, isFullAccessScope } from "../lib/compute-instances";
import type {} from "../../../src/types/gcp/compute";

/**
 * A `serviceAccount` block without `email` gets the default service account (the provider sends
 * "default"); without a block the VM has no service account, so nothing to judge.
 */
export default defineRule({
    id: "gcp-compute-instance-no-default-service-account-full-access",
    title: "VMs do not run as the default service account with full access to all Cloud APIs",
    description:
        "The Compute Engine default service account holds the Editor role on its project. With the cloud-platform scope (\"Allow full access to all Cloud APIs\") nothing narrows it, so anyone who gets code running on the VM, or reaches its metadata server through a request forgery bug, can read and change almost everything in the project. Instance templates are judged too, since every VM they start inherits their service account.",
    severity: "high",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["4.2"],
        "nist-800-53-r5": ["AC-6"],
    },
    tags: ["identity", "credentials"],
    remediation:
        'Set `serviceAccount.email` to a dedicated service account (a gcp.serviceaccount.Account granted only the roles the workload needs) and keep `scopes: ["cloud-platform"]`; or, while on the default account, replace the cloud-platform scope in `serviceAccount.scopes` with the narrow scopes the VM needs.',
    defaultLevel: "mandatory",
    messages: {
        fullAccess: "{{subject}} runs as the Compute Engine default service account ({{email}}) with the cloud-platform scope, so it has full access to all Cloud APIs with the account's Editor role.",
    },
    examples: {
        violating: [
            {
                description: "the default service account with full access",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: {
                            machineType: "e2-medium",
                            zone: "europe-west1-b",
                            bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
                            networkInterfaces: [{ network: "prod-vpc" }],
                            serviceAccount: { email: "123456789012-compute@developer.gserviceaccount.com", scopes: ["cloud-platform"] },
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
                            zone: "europe-west1-b",
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
        if (!listOf(recordOf(account).scopes).some(isFullAccessScope)) return;
        ctx.report({
            messageId: "fullAccess",
            data: { subject: computeSubject(ctx.type, ctx.name), email: typeof email === "string" && email.trim() !== "" ? email.trim() : "no email set" },
            propertyPath: "serviceAccount.scopes",
        });
    },
});
