import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, PSS_BASELINE, PSS_VERSION_PROPERTY, pssMinor, safeSysctls, showToken } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

const SYSCTL_NAME = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

export default defineRule({
    id: "k8s-pod-safe-sysctls",
    title: "Pods set only safe sysctls",
    description:
        "Most kernel parameters are shared by every pod on the node, or can switch off security mechanisms. Pod Security Standards Baseline allows only the sysctls that are namespaced and isolated per pod.",
    severity: "high",
    service: "kubernetes",
    frameworks: baselineControl("Sysctls"),
    tags: [PSS_BASELINE, "pod-security"],
    remediation:
        "Remove the sysctl from `securityContext.sysctls`; allowed are kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_local_reserved_ports, the net.ipv4.tcp_keepalive_*/tcp_fin_timeout settings and (from policy v1.32) net.ipv4.tcp_rmem/tcp_wmem.",
    defaultLevel: "mandatory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "an unsafe sysctl",
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
                                        securityContext: { sysctls: [{ name: "net.core.somaxconn", value: "1024" }] },
                                        containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }],
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
                description: "a safe sysctl",
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
                                        securityContext: { sysctls: [{ name: "net.ipv4.ip_local_port_range", value: "1024 65000" }] },
                                        containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }],
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
        // The safe list grew with the policy version (check_sysctls.go: 1.27, 1.29, 1.32; see lib/pss.ts).
        const safe = safeSysctls(pssMinor(ctx.config.pssVersion));
        listOf(recordOf(pod.spec.securityContext).sysctls).forEach((entry, index) => {
            const name = recordOf(entry).name;
            if (typeof name === "string" && safe.has(name)) return;
            ctx.report({
                message: `${resourceLabel(ctx.type, ctx.name)} sets the unsafe sysctl ${showToken(name, SYSCTL_NAME)}.`,
                propertyPath: propertyPath(pod.path, "securityContext", "sysctls", index, "name"),
            });
        });
    },
});
