import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/azure-native/keyvault";

/**
 * Judged on `properties.attributes.expires` (seconds since 1970-01-01). Without it the secret never
 * expires: Key Vault sets no expiry of its own. A secret created disabled (`attributes.enabled:
 * false`) cannot be used, so it passes, as the CIS audit looks at enabled secrets only.
 * The secret's value is never read.
 */
export default defineRule({
    id: "azure-keyvault-secret-expiration-set",
    title: "Key Vault secrets have an expiration date",
    description:
        "A secret without an expiration date, such as a password or connection string, stays valid for ever, so one that leaked keeps working. An expiration date bounds its lifetime and makes rotation part of the schedule rather than an afterthought. The CIS benchmark asks for it in vaults using Azure RBAC and access policies alike.",
    severity: "medium",
    service: "keyvault",
    frameworks: {
        "cis-azure-6.0": ["8.3.3", "8.3.4"],
        "nist-800-53-r5": ["IA-5", "SC-12"],
    },
    tags: ["credentials", "keys"],
    remediation:
        "Set `properties.attributes.expires` on the secret (seconds since 1970-01-01, e.g. `Math.floor(Date.UTC(2027, 0, 1) / 1000)`), and rotate the secret before that date.",
    defaultLevel: "advisory",
    messages: {
        noExpiry: "Key Vault secret `{{name}}` never expires: properties.attributes.expires is {{value}}. Set it to the expiry time in seconds since 1970-01-01 UTC.",
    },
    examples: {
        violating: [
            {
                description: "a secret without an expiry",
                resources: [{ type: "azure-native:keyvault:Secret", name: "db-password", props: { resourceGroupName: "rg-sec", vaultName: "acme-sec", properties: { contentType: "text/plain", value: "example-only" } } }],
            },
        ],
        compliant: [
            {
                description: "a secret expiring on 1 January 2027",
                resources: [{ type: "azure-native:keyvault:Secret", name: "db-password", props: { resourceGroupName: "rg-sec", vaultName: "acme-sec", properties: { contentType: "text/plain", value: "example-only", attributes: { expires: 1798761600 } } } }],
            },
        ],
    },
    resourceType: "azure-native:keyvault:Secret",
    validate(props, ctx) {
        const attributes = recordOf(recordOf(props.properties).attributes);
        if (attributes.enabled === false) return;
        const expires: unknown = attributes.expires;
        if (typeof expires === "number" && Number.isFinite(expires) && expires > 0) return;
        const value = expires === undefined || expires === null ? "not set" : "not a time in seconds";
        ctx.report({ messageId: "noExpiry", data: { name: ctx.name, value }, propertyPath: "properties.attributes.expires" });
    },
});
