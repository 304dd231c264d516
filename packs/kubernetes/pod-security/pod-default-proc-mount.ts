import { defineRule } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel, usesUserNamespace } from "../lib/pod-spec";
import { reportProcMounts } from "../lib/security-context";
import { baselineControl, PSS_BASELINE, PSS_SINCE, PSS_VERSION_PROPERTY, pssMinor, showToken } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-default-proc-mount",
    title: "Containers keep the default /proc masks",
    description:
        "The default /proc mount hides kernel interfaces that a container could use to read node information or disturb the node. Pod Security Standards Baseline requires the Default proc mount, except (from policy v1.35) in a pod with its own user namespace (hostUsers: false).",
    severity: "high",
    service: "kubernetes",
    frameworks: baselineControl("/proc Mount Type"),
    tags: [PSS_BASELINE, "pod-security"],
    remediation: 'Remove `securityContext.procMount` or set it to "Default".',
    defaultLevel: "mandatory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
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
        // From policy v1.35 Baseline allows any procMount in a user namespace (hostUsers: false),
        // where an unmasked /proc shows only the pod's own view (check_procMount_baseline.go; see
        // lib/pss.ts). Restricted still forbids it: k8s-pod-proc-mount-restricted.
        if (pssMinor(ctx.config.pssVersion) >= PSS_SINCE.userNamespaceRelaxation && usesUserNamespace(pod)) return;
        reportProcMounts(ctx, containersOf(pod), resourceLabel(ctx.type, ctx.name), (value) => showToken(value));
    },
});
