import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/azure-native/containerservice";

/**
 * Managed Entra ID integration is `aadProfile.managed: true`. Without an aadProfile the cluster
 * knows only its own certificates and tokens; a profile with `managed` left out or false is the
 * retired legacy integration (client and server app registrations), which AKS no longer supports.
 */
export default defineRule({
    id: "azure-containerservice-cluster-entra-integration",
    title: "AKS clusters use managed Microsoft Entra ID integration",
    description:
        "With managed Entra ID integration, people sign in to the cluster with their Entra identities, so multi-factor authentication, conditional access and account removal apply to Kubernetes access too. Without it, access rests on certificates and tokens that the organisation's identity controls never see.",
    severity: "medium",
    service: "containerservice",
    frameworks: { "nist-800-53-r5": ["AC-2", "IA-2"] },
    tags: ["kubernetes", "identity"],
    remediation:
        "Set `aadProfile: { managed: true, adminGroupObjectIDs: [\"<Entra group object id>\"] }` on the azure-native.containerservice.ManagedCluster, and `enableAzureRBAC: true` in it to authorise with Azure role assignments. Remove the legacy `clientAppID`, `serverAppID` and `serverAppSecret`.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a cluster without Entra ID integration",
                resources: [{ type: "azure-native:containerservice:ManagedCluster", name: "aks", props: { resourceGroupName: "rg-apps", dnsPrefix: "apps" } }],
            },
        ],
        compliant: [
            {
                description: "a cluster with managed Entra ID integration",
                resources: [
                    {
                        type: "azure-native:containerservice:ManagedCluster",
                        name: "aks",
                        props: { resourceGroupName: "rg-apps", dnsPrefix: "apps", aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: ["6f1c2a3b-0d4e-4f5a-9b8c-7d6e5f4a3b2c"] } },
                    },
                ],
            },
        ],
    },
    messages: {
        noProfile: "AKS cluster `{{name}}` has no Microsoft Entra ID integration: aadProfile is not set.",
        notManaged: "AKS cluster `{{name}}` does not use managed Microsoft Entra ID integration: aadProfile.managed is not true (the legacy app-registration integration is retired).",
    },
    resourceType: "azure-native:containerservice:ManagedCluster",
    validate(props, ctx) {
        const profile = props.aadProfile;
        if (profile === undefined || profile === null) {
            ctx.report({ messageId: "noProfile", data: { name: ctx.name }, propertyPath: "aadProfile" });
            return;
        }
        if (recordOf(profile).managed === true) return;
        ctx.report({ messageId: "notManaged", data: { name: ctx.name }, propertyPath: "aadProfile.managed" });
    },
});
