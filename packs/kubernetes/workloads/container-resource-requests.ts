import { defineRule, listOf, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel, type ContainerRef } from "../lib/pod-spec";
import { isSet } from "../lib/quantity";
import { ensureObject } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

/** Resources (of those checked) with neither a request nor a limit, which Kubernetes would copy into the request. */
function missingRequests(c: ContainerRef, resources: readonly unknown[]): string[] {
    const spec = recordOf(c.container.resources);
    const requests = recordOf(spec.requests);
    const limits = recordOf(spec.limits);
    return resources.filter((r): r is string => typeof r === "string" && !isSet(requests[r]) && !isSet(limits[r]));
}

function offenders(type: string, props: unknown, resources: readonly unknown[]): Array<{ c: ContainerRef; missing: string[] }> {
    const pod = podSpecOf(type, props);
    // A patch leaves out what it does not change: an absent request is not a missing one.
    if (!pod || pod.partial) return [];
    // Ephemeral containers may not declare resources.
    return containersOf(pod, ["initContainers", "containers"])
        .map((c) => ({ c, missing: missingRequests(c, resources) }))
        .filter((o) => o.missing.length > 0);
}

export default defineRule({
    id: "k8s-container-resource-requests",
    title: "Containers request CPU and memory",
    description:
        "The scheduler places pods by their requests: a container without them can land on a full node and is the first evicted under pressure. Requests are also what quotas and autoscalers count.",
    severity: "low",
    service: "kubernetes",
    tags: ["hygiene", "reliability"],
    remediation: 'Set `resources.requests` on every container, e.g. `resources: { requests: { cpu: "100m", memory: "128Mi" } }`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            resources: { type: "array", items: { type: "string" }, description: "Resources every container must request." },
            defaultRequests: { type: "object", additionalProperties: { type: "string" }, description: "Requests the remediation fills in where missing." },
        },
    },
    configDefaults: { resources: ["cpu", "memory"], defaultRequests: { cpu: "100m", memory: "128Mi" } },
    examples: {
        violating: [
            {
                description: "a container without resources",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] } },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "CPU and memory requests",
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
    },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        for (const { c, missing } of offenders(ctx.type, props, listOf(ctx.config.resources))) {
            ctx.report({
                message: `${resourceLabel(ctx.type, ctx.name)} requests no ${missing.join(" or ")} for ${c.label}.`,
                propertyPath: `${c.path}.resources.requests`,
            });
        }
    },
    remediate(props, ctx) {
        const defaults = recordOf(ctx.config.defaultRequests);
        for (const { c, missing } of offenders(ctx.type, props, listOf(ctx.config.resources))) {
            const requests = ensureObject(ensureObject(c.container, "resources"), "requests");
            for (const resource of missing) {
                const value = defaults[resource];
                if (isSet(value)) requests[resource] = value;
            }
        }
    },
});
