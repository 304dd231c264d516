import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/azure-native/containerservice";

/**
 * AKS turns Kubernetes RBAC on unless a cluster is created with `enableRBAC: false`, so only an
 * explicit false (or a value of the wrong type) is reported. The setting cannot be changed on a
 * running cluster.
 */
export default requireSetting({
    id: "azure-containerservice-cluster-rbac-enabled",
    title: "AKS clusters have Kubernetes RBAC enabled",
    description:
        "Without Kubernetes role-based access control every authenticated user and service account is allowed every action on the API server, so one leaked token gives control of the whole cluster. With RBAC, roles and bindings grant each identity only what it needs.",
    severity: "high",
    service: "containerservice",
    frameworks: { "nist-800-53-r5": ["AC-3", "AC-6"] },
    tags: ["kubernetes", "least-privilege"],
    remediation:
        "Leave `enableRBAC` out or set `enableRBAC: true` on the azure-native.containerservice.ManagedCluster. An existing cluster cannot be switched: it is replaced when the value changes.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a cluster with RBAC switched off",
                resources: [{ type: "azure-native:containerservice:ManagedCluster", name: "aks", props: { resourceGroupName: "rg-apps", dnsPrefix: "apps", enableRBAC: false } }],
            },
        ],
        compliant: [
            {
                description: "a cluster with RBAC on",
                resources: [{ type: "azure-native:containerservice:ManagedCluster", name: "aks", props: { resourceGroupName: "rg-apps", dnsPrefix: "apps", enableRBAC: true } }],
            },
        ],
    },
    resourceType: "azure-native:containerservice:ManagedCluster",
    path: ["enableRBAC"],
    expected: true,
    // AKS enables Kubernetes RBAC when enableRBAC is not given.
    defaultSatisfies: true,
    message: (ctx) => `AKS cluster \`${ctx.name}\` has Kubernetes RBAC switched off: enableRBAC is not true.`,
});
