import { defineRule, listOf, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { BASELINE_CAPABILITIES, baselineControl, PSS_BASELINE, PSS_VERSION_PROPERTY, showToken } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-capabilities-baseline",
    title: "Containers add no capabilities beyond the default set",
    description:
        "Capabilities such as SYS_ADMIN, NET_ADMIN, NET_RAW or SYS_PTRACE give a container pieces of root's power over the node's kernel and network. Pod Security Standards Baseline allows adding only the container runtimes' default set.",
    severity: "high",
    service: "kubernetes",
    frameworks: baselineControl("Capabilities", ["5.2.9"]),
    tags: [PSS_BASELINE, "pod-security"],
    remediation:
        "Remove the extra capabilities from `securityContext.capabilities.add`; only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT may be added.",
    defaultLevel: "mandatory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "a container adding NET_ADMIN",
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
                                                securityContext: { capabilities: { add: ["NET_ADMIN", "NET_BIND_SERVICE"] } },
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
        compliant: [
            {
                description: "a container adding only a default capability",
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
                                            { name: "web", image: "ghcr.io/acme/web:1.4.2", securityContext: { capabilities: { add: ["NET_BIND_SERVICE"] } } },
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
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        for (const c of containersOf(pod)) {
            const added = listOf(recordOf(recordOf(c.container.securityContext).capabilities).add);
            const extra = added.filter((cap) => typeof cap !== "string" || !BASELINE_CAPABILITIES.has(cap));
            if (extra.length > 0) {
                ctx.report({
                    message: `${resourceLabel(ctx.type, ctx.name)} adds ${extra.map((cap) => showToken(cap)).join(", ")} to ${c.label}, beyond the default capability set.`,
                    propertyPath: `${c.path}.securityContext.capabilities.add`,
                });
            }
        }
    },
});
