import { requireSetting } from "../../shared/flag-rule";
import { describeFlag } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/keyvault";

/** Off unless set: the SDK documents that a vault without enableRbacAuthorization uses access policies. */
export default requireSetting({
    id: "azure-keyvault-vault-rbac-authorization",
    title: "Key vaults authorize data access with Azure RBAC",
    description:
        "Vault access policies grant broad permission sets per vault, cannot be scoped to one key or secret, and can be changed by anyone with Contributor on the vault, who can thereby grant themselves access to every secret. Azure RBAC authorizes each data action by role assignment, can be scoped to one item, and is governed by Privileged Identity Management and deny assignments.",
    severity: "medium",
    service: "keyvault",
    frameworks: {
        "cis-azure-6.0": ["8.3.6"],
        "nist-800-53-r5": ["AC-3", "AC-6"],
    },
    tags: ["least-privilege", "keys"],
    remediation:
        "Set `properties.enableRbacAuthorization: true` on the key vault and give each identity a data role (Key Vault Secrets User, Key Vault Crypto User, ...) with an azure-native authorization.RoleAssignment, in place of `properties.accessPolicies`.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a vault using access policies",
                resources: [{ type: "azure-native:keyvault:Vault", name: "secrets", props: { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, accessPolicies: [] } } }],
            },
        ],
        compliant: [
            {
                description: "a vault using Azure RBAC",
                resources: [{ type: "azure-native:keyvault:Vault", name: "secrets", props: { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, enableRbacAuthorization: true } } }],
            },
        ],
    },
    resourceType: "azure-native:keyvault:Vault",
    path: ["properties", "enableRbacAuthorization"],
    expected: true,
    message: (ctx, value) =>
        `Key vault \`${ctx.name}\` authorizes data access with vault access policies, not Azure RBAC: properties.enableRbacAuthorization is ${
            value === undefined || value === null ? "not set, which means false" : describeFlag(value)
        }. Set it to true.`,
});
