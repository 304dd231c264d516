import { defineRule } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { reportProcMounts } from "../lib/security-context";
import { baselineControl, PSS_RESTRICTED, PSS_VERSION_PROPERTY, showToken } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-proc-mount-restricted",
    title: "Containers keep the default /proc masks, user namespace or not",
    description:
        "An unmasked /proc exposes kernel interfaces that the default mount hides. From policy v1.35 Baseline allows it in a pod with its own user namespace (hostUsers: false); Pod Security Standards Restricted still requires the Default proc mount everywhere, and under the Restricted profile this rule replaces k8s-pod-default-proc-mount.",
    severity: "medium",
    service: "kubernetes",
    // PSS lists the control under Baseline; Restricted (from v1.35) judges it without the user-namespace relaxation.
    frameworks: baselineControl("/proc Mount Type"),
    tags: [PSS_RESTRICTED, "pod-security"],
    remediation: 'Remove `securityContext.procMount` or set it to "Default".',
    defaultLevel: "advisory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "an unmasked /proc in a user namespace",
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
        // Upstream's procMount_restricted (v1.35+, check_procMount_restricted.go) overrides
        // Baseline's procMount with the same test minus the user-namespace relaxation; before
        // v1.35 Baseline's check had no relaxation either. So this rule judges the same way at
        // every version, and pssProfile("restricted") can switch k8s-pod-default-proc-mount off
        // whatever pssVersion is set.
        reportProcMounts(ctx, containersOf(pod), resourceLabel(ctx.type, ctx.name), (value) => showToken(value));
    },
});
