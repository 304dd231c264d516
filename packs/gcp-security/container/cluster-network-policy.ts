import { defineRule, recordOf } from "../../../src";
import { CLUSTER, isAutopilot } from "../lib/gke-node-pools";
import type {} from "../../../src/types/gcp/container";

/**
 * NetworkPolicy objects are enforced by Dataplane V2 (`datapathProvider` ADVANCED_DATAPATH,
 * always on in Autopilot) or by the Calico add-on (`networkPolicy.enabled`). The default is
 * LEGACY_DATAPATH with network policy off, where NetworkPolicy objects are accepted and ignored.
 */
export default defineRule({
    id: "gcp-container-cluster-network-policy",
    title: "GKE clusters enforce Kubernetes network policies",
    description:
        "Without network policy enforcement every pod can reach every other pod in the cluster, so one compromised workload can probe databases, internal APIs and the metadata of other teams. Worse, NetworkPolicy objects are still accepted and silently ignored, giving a false sense of isolation.",
    severity: "medium",
    service: "container",
    frameworks: { "nist-800-53-r5": ["AC-4", "SC-7"] },
    tags: ["kubernetes", "network"],
    remediation:
        'Set `datapathProvider` to "ADVANCED_DATAPATH" (Dataplane V2, for new clusters) on the gcp.container.Cluster, or set `networkPolicy: { enabled: true, provider: "CALICO" }` with `addonsConfig.networkPolicyConfig.disabled` false.',
    defaultLevel: "advisory",
    messages: {
        notEnforced: "Cluster `{{name}}` does not enforce network policies: networkPolicy.enabled is not true and datapathProvider is not ADVANCED_DATAPATH.",
    },
    examples: {
        violating: [{ resources: [{ type: CLUSTER, name: "prod", props: { location: "europe-west1", initialNodeCount: 1 } }] }],
        compliant: [{ resources: [{ type: CLUSTER, name: "prod", props: { location: "europe-west1", initialNodeCount: 1, datapathProvider: "ADVANCED_DATAPATH" } }] }],
    },
    resourceType: CLUSTER,
    validate(props, ctx) {
        if (isAutopilot(props)) return;
        const datapath = props.datapathProvider;
        if (typeof datapath === "string" && datapath.trim().toUpperCase() === "ADVANCED_DATAPATH") return;
        if (recordOf(props.networkPolicy).enabled === true) return;
        ctx.report({ messageId: "notEnforced", data: { name: ctx.name }, propertyPath: props.networkPolicy === undefined ? "networkPolicy" : "networkPolicy.enabled" });
    },
});
