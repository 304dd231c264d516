import { defineRule } from "../../../src";
import { LONG_RUNNING_TYPES, resourceLabel } from "../lib/pod-spec";
import { hasProbe, longRunningContainers } from "../lib/probes";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-container-readiness-probe",
    title: "Containers have a readiness probe",
    description: "Without a readiness probe a pod receives traffic as soon as its process starts, before it can serve, and keeps receiving it while it is overloaded or shutting down.",
    severity: "low",
    service: "kubernetes",
    tags: ["hygiene", "reliability"],
    remediation: 'Add a `readinessProbe` to every long-running container, e.g. `readinessProbe: { httpGet: { path: "/healthz", port: 8080 } }`.',
    defaultLevel: "advisory",
    // Batch Jobs and CronJobs run to completion; probes are for long-running pods.
    examples: {
        violating: [
            {
                description: "a container without a readiness probe",
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
                description: "an HTTP readiness probe",
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
                                                readinessProbe: { httpGet: { path: "/ready", port: 8080 }, periodSeconds: 5 },
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
            if (!hasProbe(c.container.readinessProbe)) {
                ctx.report({ message: `${resourceLabel(ctx.type, ctx.name)} has no readiness probe for ${c.label}.`, propertyPath: `${c.path}.readinessProbe` });
            }
        }
    },
});
