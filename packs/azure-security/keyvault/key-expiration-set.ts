import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/azure-native/keyvault";

/**
 * Judged on `properties.attributes.expires` (seconds since 1970-01-01). Without it the key never
 * expires: Key Vault sets no expiry of its own. A key created disabled (`attributes.enabled:
 * false`) cannot be used, so it passes, as the CIS audit looks at enabled keys only.
 * A rotation policy's `attributes.expiryTime` dates only the versions it creates, so it does
 * not stand in for an expiry on the key itself.
 */
export default defineRule({
    id: "azure-keyvault-key-expiration-set",
    title: "Key Vault keys have an expiration date",
    description:
        "A key without an expiration date can be used to encrypt and sign for ever, so a key that leaked or was never rotated stays valid. An expiration date bounds each key's lifetime and forces rotation onto the schedule. The CIS benchmark asks for it in vaults using Azure RBAC and access policies alike.",
    severity: "medium",
    service: "keyvault",
    frameworks: {
        "cis-azure-6.0": ["8.3.1", "8.3.2"],
        "nist-800-53-r5": ["IA-5", "SC-12"],
    },
    tags: ["credentials", "keys"],
    remediation:
        "Set `properties.attributes.expires` on the key (seconds since 1970-01-01, e.g. `Math.floor(Date.UTC(2027, 0, 1) / 1000)`), and add `properties.rotationPolicy` with a rotate action and `attributes.expiryTime` so new versions get one too.",
    defaultLevel: "advisory",
    messages: {
        noExpiry: "Key Vault key `{{name}}` never expires: properties.attributes.expires is {{value}}. Set it to the expiry time in seconds since 1970-01-01 UTC.",
    },
    examples: {
        violating: [
            {
                description: "a key without an expiry",
                resources: [{ type: "azure-native:keyvault:Key", name: "data-key", props: { resourceGroupName: "rg-sec", vaultName: "acme-sec", properties: { kty: "RSA", keySize: 3072 } } }],
            },
        ],
        compliant: [
            {
                description: "a key expiring on 1 January 2027",
                resources: [{ type: "azure-native:keyvault:Key", name: "data-key", props: { resourceGroupName: "rg-sec", vaultName: "acme-sec", properties: { kty: "RSA", keySize: 3072, attributes: { expires: 1798761600 } } } }],
            },
        ],
    },
    resourceType: "azure-native:keyvault:Key",
    validate(props, ctx) {
        const attributes = recordOf(recordOf(props.properties).attributes);
        if (attributes.enabled === false) return;
        const expires: unknown = attributes.expires;
        if (typeof expires === "number" && Number.isFinite(expires) && expires > 0) return;
        const value = expires === undefined || expires === null ? "not set" : "not a time in seconds";
        ctx.report({ messageId: "noExpiry", data: { name: ctx.name, value }, propertyPath: "properties.attributes.expires" });
    },
});
