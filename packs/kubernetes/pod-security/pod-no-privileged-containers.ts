import { defineRule, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, PSS_BASELINE, PSS_VERSION_PROPERTY } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-no-privileged-containers",
    title: "Containers are not privileged",
    description:
        "A privileged container runs with every capability and the host's devices, so escaping to the node is trivial. Pod Security Standards Baseline forbids it.",
    severity: "critical",
    service: "kubernetes",
    frameworks: baselineControl("Privileged Containers", ["5.2.2"]),
    tags: [PSS_BASELINE, "pod-security"],
    remediation: "Remove `securityContext.privileged` (or set it to false) and grant only the capabilities the container needs.",
    defaultLevel: "mandatory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "a privileged container",
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
                                    spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", securityContext: { privileged: true } }] },
                                },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an unprivileged container",
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
                                    spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", securityContext: { privileged: false } }] },
                                },
                            },
                        },
                    },
                ],
            },
        ],
    },
    messages: {
        privileged: "{{resource}} runs {{container}} privileged.",
    },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        for (const c of containersOf(pod)) {
            if (recordOf(c.container.securityContext).privileged === true) {
                ctx.report({
                    messageId: "privileged",
                    data: { resource: resourceLabel(ctx.type, ctx.name), container: c.label },
                    propertyPath: `${c.path}.securityContext.privileged`,
                });
            }
        }
    },
});
