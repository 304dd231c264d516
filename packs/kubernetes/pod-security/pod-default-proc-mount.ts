import { defineRule, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, PSS_BASELINE, showToken } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-default-proc-mount",
    title: "Containers keep the default /proc masks",
    description:
        "The default /proc mount hides kernel interfaces that a container could use to read node information or disturb the node. Pod Security Standards Baseline requires the Default proc mount.",
    severity: "high",
    service: "kubernetes",
    frameworks: baselineControl("/proc Mount Type"),
    tags: [PSS_BASELINE, "pod-security"],
    remediation: 'Remove `securityContext.procMount` or set it to "Default".',
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "an unmasked /proc",
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
                                        hostUsers: false,
                                        containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", securityContext: { procMount: "Unmasked" } }],
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
                description: "the default /proc mount",
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
                                        hostUsers: false,
                                        containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", securityContext: { procMount: "Default" } }],
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
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        for (const c of containersOf(pod)) {
            const procMount = recordOf(c.container.securityContext).procMount;
            if (procMount === undefined || procMount === null || procMount === "Default") continue;
            ctx.report({
                message: `${resourceLabel(ctx.type, ctx.name)} sets procMount ${showToken(procMount)} for ${c.label}, unmasking /proc.`,
                propertyPath: `${c.path}.securityContext.procMount`,
            });
        }
    },
});
