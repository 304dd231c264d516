import { defineRule, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { isSet } from "../lib/quantity";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

const EPHEMERAL_STORAGE = "ephemeral-storage";

const deploymentWith = (resources: Record<string, unknown>) => ({
    metadata: { labels: { app: "web" } },
    spec: {
        replicas: 2,
        selector: { matchLabels: { app: "web" } },
        template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", resources }] } },
    },
});

export default defineRule({
    id: "k8s-container-ephemeral-storage",
    title: "Containers request and limit ephemeral storage",
    description:
        "Logs, emptyDir volumes and a container's writable layer all use the node's local disk. Without an ephemeral-storage limit one container can fill that disk, and the kubelet then evicts pods that did nothing wrong; without a request the scheduler places the pod with no idea how much disk it needs. A limit alone is enough: Kubernetes copies it into an absent request.",
    severity: "low",
    service: "kubernetes",
    tags: ["hygiene", "reliability"],
    remediation:
        'Set `resources.limits["ephemeral-storage"]` and `resources.requests["ephemeral-storage"]` on every container and init container, e.g. `resources: { requests: { "ephemeral-storage": "1Gi" }, limits: { "ephemeral-storage": "2Gi" } }`.',
    defaultLevel: "advisory",
    messages: {
        missing: "{{resource}} sets no ephemeral-storage {{what}} for {{container}}.",
    },
    examples: {
        violating: [
            { description: "CPU and memory set, no ephemeral storage", resources: [{ type: "kubernetes:apps/v1:Deployment", name: "web", props: deploymentWith({ requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } }) }] },
        ],
        compliant: [
            {
                description: "ephemeral-storage request and limit",
                resources: [{ type: "kubernetes:apps/v1:Deployment", name: "web", props: deploymentWith({ requests: { memory: "128Mi", "ephemeral-storage": "1Gi" }, limits: { memory: "256Mi", "ephemeral-storage": "2Gi" } }) }],
            },
        ],
    },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        // A patch leaves out what it does not change: an absent limit is not a missing one.
        if (!pod || pod.partial) return;
        const resource = resourceLabel(ctx.type, ctx.name);
        // Ephemeral containers may not declare resources.
        for (const c of containersOf(pod, ["initContainers", "containers"])) {
            const resources = recordOf(c.container.resources);
            const limits = recordOf(resources.limits);
            const hasLimit = isSet(limits[EPHEMERAL_STORAGE]);
            // Kubernetes copies a limit into an absent request, so a limit alone also sets the request.
            const hasRequest = hasLimit || isSet(recordOf(resources.requests)[EPHEMERAL_STORAGE]);
            if (!hasLimit) {
                const what = hasRequest ? "limit" : "request or limit";
                ctx.report({ messageId: "missing", data: { resource, what, container: c.label }, propertyPath: `${c.path}.resources.limits` });
            }
        }
    },
});
