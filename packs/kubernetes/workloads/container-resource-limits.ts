import { defineRule, listOf, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel, type ContainerRef } from "../lib/pod-spec";
import { isSet, parseQuantity } from "../lib/quantity";
import { ensureObject } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

function offenders(type: string, props: unknown, resources: readonly unknown[]): Array<{ c: ContainerRef; missing: string[] }> {
    const pod = podSpecOf(type, props);
    // A patch leaves out what it does not change: an absent request is not a missing one.
    if (!pod || pod.partial) return [];
    // Ephemeral containers may not declare resources.
    return containersOf(pod, ["initContainers", "containers"])
        .map((c) => {
            const limits = recordOf(recordOf(c.container.resources).limits);
            return { c, missing: resources.filter((r): r is string => typeof r === "string" && !isSet(limits[r])) };
        })
        .filter((o) => o.missing.length > 0);
}

export default defineRule({
    id: "k8s-container-resource-limits",
    title: "Containers limit CPU and memory",
    description:
        "A container without a memory limit can take a node's memory until the kernel kills its neighbours; without a CPU limit it can starve them. Limits bound the damage of a leak or a runaway process.",
    severity: "low",
    service: "kubernetes",
    tags: ["hygiene", "reliability"],
    remediation: 'Set `resources.limits` on every container, e.g. `resources: { limits: { cpu: "500m", memory: "256Mi" } }`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            resources: { type: "array", items: { type: "string" }, description: "Resources every container must limit." },
            defaultLimits: { type: "object", additionalProperties: { type: "string" }, description: "Limits the remediation fills in where missing." },
        },
    },
    configDefaults: { resources: ["cpu", "memory"], defaultLimits: { cpu: "500m", memory: "256Mi" } },
    examples: {
        violating: [
            {
                description: "requests without limits",
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
                                            { name: "web", image: "ghcr.io/acme/web:1.4.2", resources: { requests: { cpu: "100m", memory: "128Mi" } } },
                                        ],
                                    },
                                },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "CPU and memory limits",
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
                                                resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
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
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        for (const { c, missing } of offenders(ctx.type, props, listOf(ctx.config.resources))) {
            ctx.report({
                message: `${resourceLabel(ctx.type, ctx.name)} sets no ${missing.join(" or ")} limit for ${c.label}.`,
                propertyPath: `${c.path}.resources.limits`,
            });
        }
    },
    remediate(props, ctx) {
        const defaults = recordOf(ctx.config.defaultLimits);
        for (const { c, missing } of offenders(ctx.type, props, listOf(ctx.config.resources))) {
            const resources = ensureObject(c.container, "resources");
            const requests = recordOf(resources.requests);
            for (const resource of missing) {
                const limit = defaults[resource];
                if (!isSet(limit)) continue;
                // A limit below the request is rejected by Kubernetes: only fill when the default is not lower.
                if (isSet(requests[resource])) {
                    const request = parseQuantity(requests[resource]);
                    const fallback = parseQuantity(limit);
                    if (request === undefined || fallback === undefined || fallback < request) continue;
                }
                ensureObject(resources, "limits")[resource] = limit;
            }
        }
    },
});
