import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/gcp/container";

/** `enableLegacyAbac` defaults to false, so leaving it out passes. */
export default requireSetting({
    id: "gcp-container-cluster-legacy-abac-disabled",
    title: "GKE clusters keep legacy ABAC disabled",
    description:
        "Legacy attribute-based access control grants broad, static permissions that RBAC and IAM cannot narrow: with it on, service accounts, nodes and controllers can be given cluster-wide rights that bypass the roles you review, and a compromised pod can act far beyond its own namespace.",
    severity: "high",
    service: "container",
    frameworks: { "nist-800-53-r5": ["AC-3", "AC-6"] },
    tags: ["kubernetes", "access"],
    remediation: "Remove `enableLegacyAbac` from the gcp.container.Cluster or set it to false, and grant access with Kubernetes RBAC and IAM.",
    defaultLevel: "mandatory",
    examples: {
        violating: [{ resources: [{ type: "gcp:container/cluster:Cluster", name: "prod", props: { location: "europe-west1", initialNodeCount: 1, enableLegacyAbac: true } }] }],
        compliant: [{ resources: [{ type: "gcp:container/cluster:Cluster", name: "prod", props: { location: "europe-west1", initialNodeCount: 1, enableLegacyAbac: false } }] }],
    },
    resourceType: "gcp:container/cluster:Cluster",
    path: ["enableLegacyAbac"],
    expected: false,
    defaultSatisfies: true,
    message: (ctx) => `Cluster \`${ctx.name}\` enables legacy ABAC (enableLegacyAbac is not false), which grants permissions outside RBAC and IAM.`,
});
