import { defineRule } from "../../../src";
import { LONG_RUNNING_TYPES, resourceLabel } from "../lib/pod-spec";
import { hasProbe, longRunningContainers } from "../lib/probes";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-container-liveness-probe",
    title: "Containers have a liveness probe",
    description: "Without a liveness probe a container that hangs (deadlock, exhausted pool) keeps running and receiving work; the kubelet restarts it only when the process exits.",
    severity: "low",
    service: "kubernetes",
    tags: ["hygiene", "reliability"],
    remediation: 'Add a `livenessProbe` to every long-running container, e.g. `livenessProbe: { httpGet: { path: "/healthz", port: 8080 } }`.',
    defaultLevel: "advisory",
    // Batch Jobs and CronJobs run to completion; probes are for long-running pods.
    examples: {
        violating: [
            {
                description: "a container without a liveness probe",
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
        compliant: [
            {
                description: "an HTTP liveness probe",
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
                                    spec: {
                                        containers: [
                                            {
                                                name: "web",
                                                image: "ghcr.io/acme/web:1.4.2",
                                                ports: [{ containerPort: 8080 }],
                                                livenessProbe: { httpGet: { path: "/healthz", port: 8080 }, periodSeconds: 10 },
                                            },
                                        ],
                                    },
                                },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...LONG_RUNNING_TYPES],
    validate(props, ctx) {
        for (const c of longRunningContainers(ctx.type, props)) {
            if (!hasProbe(c.container.livenessProbe)) {
                ctx.report({ message: `${resourceLabel(ctx.type, ctx.name)} has no liveness probe for ${c.label}.`, propertyPath: `${c.path}.livenessProbe` });
            }
        }
    },
});
