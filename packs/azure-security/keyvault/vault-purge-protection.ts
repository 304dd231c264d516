import { requireSetting } from "../../shared/flag-rule";
import { describeFlag } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/keyvault";

/** Off unless set: the SDK documents no default and Azure creates vaults without purge protection. Once on, it cannot be switched off. */
export default requireSetting({
    id: "azure-keyvault-vault-purge-protection",
    title: "Key vaults have purge protection enabled",
    description:
        "Soft delete keeps a deleted vault, key or secret recoverable for a retention period, but without purge protection anyone with the purge permission can destroy it for good at once: an attacker or a mistake can wipe the keys that encrypt your data. Purge protection makes deleted items unpurgeable until the retention period ends.",
    severity: "medium",
    service: "keyvault",
    frameworks: {
        "cis-azure-6.0": ["8.3.5"],
        "nist-800-53-r5": ["CP-9", "SC-12"],
    },
    tags: ["resilience", "keys"],
    remediation:
        "Set `properties.enablePurgeProtection: true` on the key vault (with soft delete on). It cannot be turned off again, and a purge-protected vault's name stays taken until its retention period ends after deletion.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a vault without purge protection",
                resources: [{ type: "azure-native:keyvault:Vault", name: "secrets", props: { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" } } } }],
            },
        ],
        compliant: [
            {
                description: "a vault with purge protection",
                resources: [{ type: "azure-native:keyvault:Vault", name: "secrets", props: { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, enablePurgeProtection: true } } }],
            },
        ],
    },
    resourceType: "azure-native:keyvault:Vault",
    path: ["properties", "enablePurgeProtection"],
    expected: true,
    message: (ctx, value) =>
        `Key vault \`${ctx.name}\` lets deleted keys and secrets be purged at once: properties.enablePurgeProtection is ${describeFlag(value)}. Set it to true.`,
});
