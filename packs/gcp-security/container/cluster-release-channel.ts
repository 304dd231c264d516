import { defineRule, recordOf } from "../../../src";
import { CLUSTER } from "../lib/gke-node-pools";
import type {} from "../../../src/types/gcp/container";

const CHANNELS = ["RAPID", "REGULAR", "STABLE", "EXTENDED"];

/**
 * `releaseChannel.channel` "UNSPECIFIED" takes the cluster out of every channel. Left out, GKE
 * enrolls a new cluster in a channel (REGULAR, or the most mature one offering the requested
 * version), except when a node version is pinned with `nodeVersion`: that cluster is reported.
 */
export default defineRule({
    id: "gcp-container-cluster-release-channel",
    title: "GKE clusters are enrolled in a release channel",
    description:
        "A cluster outside a release channel gets Kubernetes and node security patches only when someone upgrades it by hand or when its version reaches end of support, so known vulnerabilities stay open for months. A release channel keeps the control plane and nodes on supported, patched versions automatically.",
    severity: "medium",
    service: "container",
    frameworks: { "nist-800-53-r5": ["SI-2", "CM-3"] },
    tags: ["kubernetes", "patching"],
    remediation: 'Set `releaseChannel: { channel: "REGULAR" }` (or "STABLE", "RAPID", "EXTENDED") on the gcp.container.Cluster, and remove a pinned `nodeVersion`.',
    defaultLevel: "advisory",
    messages: {
        noChannel: "Cluster `{{name}}` is not enrolled in a release channel: releaseChannel.channel is {{channel}}.",
        pinnedVersion: "Cluster `{{name}}` pins nodeVersion without a releaseChannel, so GKE does not enroll it in a release channel.",
    },
    examples: {
        violating: [{ resources: [{ type: CLUSTER, name: "prod", props: { location: "europe-west1", initialNodeCount: 1, releaseChannel: { channel: "UNSPECIFIED" } } }] }],
        compliant: [{ resources: [{ type: CLUSTER, name: "prod", props: { location: "europe-west1", initialNodeCount: 1, releaseChannel: { channel: "REGULAR" } } }] }],
    },
    resourceType: CLUSTER,
    validate(props, ctx) {
        const release = props.releaseChannel;
        if (release === undefined || release === null) {
            // GKE's default enrollment applies unless the version is pinned.
            const pinned = props.nodeVersion;
            if (typeof pinned === "string" && pinned.trim() !== "") ctx.report({ messageId: "pinnedVersion", data: { name: ctx.name }, propertyPath: "releaseChannel" });
            return;
        }
        const channel = recordOf(release).channel;
        if (typeof channel === "string" && CHANNELS.includes(channel.trim().toUpperCase())) return;
        const shown = typeof channel === "string" && /^[A-Za-z_]{1,20}$/.test(channel.trim()) ? `"${channel.trim()}"` : "not a release channel";
        ctx.report({ messageId: "noChannel", data: { name: ctx.name, channel: shown }, propertyPath: "releaseChannel.channel" });
    },
});
