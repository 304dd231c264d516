import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/azure-native/containerservice";

/** `disableLocalAccounts` defaults to false: the static cluster-admin credential is available. */
export default requireSetting({
    id: "azure-containerservice-cluster-local-accounts-disabled",
    title: "AKS clusters have local accounts disabled",
    description:
        "Local accounts give anyone who can call listClusterAdminCredential a static, non-expiring cluster-admin kubeconfig that bypasses Entra ID sign-in, conditional access and Azure RBAC, and that cannot be revoked per user. With local accounts disabled, every access goes through Entra ID.",
    severity: "high",
    service: "containerservice",
    frameworks: { "nist-800-53-r5": ["AC-2", "IA-2"] },
    tags: ["kubernetes", "identity"],
    remediation:
        "Set `disableLocalAccounts: true` on the azure-native.containerservice.ManagedCluster, with Entra ID integration on (`aadProfile: { managed: true, adminGroupObjectIDs: [...] }`), which AKS requires for it.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a cluster that keeps the default local accounts",
                resources: [
                    { type: "azure-native:containerservice:ManagedCluster", name: "aks", props: { resourceGroupName: "rg-apps", dnsPrefix: "apps", aadProfile: { managed: true, enableAzureRBAC: true } } },
                ],
            },
        ],
        compliant: [
            {
                description: "a cluster with local accounts disabled",
                resources: [
                    {
                        type: "azure-native:containerservice:ManagedCluster",
                        name: "aks",
                        props: { resourceGroupName: "rg-apps", dnsPrefix: "apps", aadProfile: { managed: true, enableAzureRBAC: true }, disableLocalAccounts: true },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:containerservice:ManagedCluster",
    path: ["disableLocalAccounts"],
    expected: true,
    message: (ctx, value) =>
        `AKS cluster \`${ctx.name}\` keeps its static local admin account: disableLocalAccounts is ${value === undefined || value === null ? "not set, and defaults to false" : "not true"}.`,
});
