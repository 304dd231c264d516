import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, PSS_BASELINE, PSS_VERSION_PROPERTY } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-no-host-ports",
    title: "Containers do not bind host ports",
    description:
        "A hostPort opens a port on the node itself, bypassing Services and most network policies, and pins the pod to nodes where the port is free. Pod Security Standards Baseline forbids it unless the port is on an allowed list.",
    severity: "medium",
    service: "kubernetes",
    frameworks: baselineControl("Host Ports", ["5.2.13"]),
    tags: [PSS_BASELINE, "pod-security", "network"],
    remediation: "Remove `hostPort` from the container's ports and expose the pod through a Service instead.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            pssVersion: PSS_VERSION_PROPERTY,
            allowedHostPorts: { type: "array", items: { type: "integer", minimum: 1, maximum: 65535 }, description: "Host ports that may be used." },
        },
    },
    configDefaults: { pssVersion: "latest", allowedHostPorts: [] as number[] },
    examples: {
        violating: [
            {
                description: "a container binding a port on the node",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: {
                                    metadata: { labels: { app: "web" } },
                                    spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", ports: [{ containerPort: 8080, hostPort: 8080 }] }] },
                                },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a container port only (expose it through a Service)",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: {
                                    metadata: { labels: { app: "web" } },
                                    spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", ports: [{ containerPort: 8080 }] }] },
                                },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        const allowed = new Set(listOf(ctx.config.allowedHostPorts));
        for (const c of containersOf(pod)) {
            listOf(c.container.ports).forEach((entry, index) => {
                const hostPort = recordOf(entry).hostPort;
                if (hostPort === undefined || hostPort === null || hostPort === 0 || allowed.has(hostPort)) return;
                const shown = typeof hostPort === "number" && Number.isInteger(hostPort) ? `host port ${hostPort}` : "a host port";
                ctx.report({
                    message: `${resourceLabel(ctx.type, ctx.name)} binds ${shown} on the node for ${c.label}.`,
                    propertyPath: propertyPath(c.path, "ports", index, "hostPort"),
                });
            });
        }
    },
});
