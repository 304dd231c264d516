import { requireSetting } from "../../shared/flag-rule";
import { describeFlag } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/keyvault";

/** An absent enableSoftDelete is true: the SDK documents that a new vault gets soft delete unless told otherwise (and fills in true). */
export default requireSetting({
    id: "azure-keyvault-vault-soft-delete",
    title: "Key vaults keep deleted keys and secrets recoverable",
    description:
        "Without soft delete, deleting a vault, key or secret destroys it at once, along with every piece of data encrypted under those keys. Soft delete keeps deleted items recoverable for 7 to 90 days. Azure no longer lets new vaults switch it off, but a template that sets it to false shows intent to run without it.",
    severity: "medium",
    service: "keyvault",
    frameworks: {
        "nist-800-53-r5": ["CP-9", "CP-10", "SC-12"],
    },
    tags: ["resilience", "keys"],
    remediation: "Remove `properties.enableSoftDelete: false` from the key vault (or set it to true), and keep `properties.softDeleteRetentionInDays` at 90 unless you need less.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a vault with soft delete switched off",
                resources: [{ type: "azure-native:keyvault:Vault", name: "secrets", props: { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, enableSoftDelete: false } } }],
            },
        ],
        compliant: [
            {
                description: "a vault with soft delete",
                resources: [{ type: "azure-native:keyvault:Vault", name: "secrets", props: { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, enableSoftDelete: true, softDeleteRetentionInDays: 90 } } }],
            },
        ],
    },
    resourceType: "azure-native:keyvault:Vault",
    path: ["properties", "enableSoftDelete"],
    expected: true,
    defaultSatisfies: true,
    message: (ctx, value) =>
        `Key vault \`${ctx.name}\` does not keep deleted keys and secrets: properties.enableSoftDelete is ${describeFlag(value)}. Set it to true, or leave it out.`,
});
