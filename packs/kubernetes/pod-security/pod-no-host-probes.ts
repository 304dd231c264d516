import { defineRule, propertyPath, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, PSS_BASELINE, PSS_SINCE, PSS_VERSION_PROPERTY, pssMinor, showToken } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

/** Probes and lifecycle handlers of a container, and the handler kinds that take a `host`. */
const PROBES = ["livenessProbe", "readinessProbe", "startupProbe"] as const;
const LIFECYCLE_HOOKS = ["postStart", "preStop"] as const;
const HOST_HANDLERS = ["httpGet", "tcpSocket"] as const;
/** Host names and IP addresses, shown in messages; anything else is "a host". */
const HOST_TOKEN = /^[A-Za-z0-9][A-Za-z0-9.:-]{0,252}$/;

export default defineRule({
    id: "k8s-pod-no-host-probes",
    title: "Probes and lifecycle hooks do not target another host",
    description:
        "The kubelet runs httpGet and tcpSocket probes and lifecycle hooks from the node, so a `host` field lets a pod make the node connect to any address it can reach (node-local services, cloud metadata, other networks). Pod Security Standards Baseline forbids setting it from policy v1.34.",
    severity: "medium",
    service: "kubernetes",
    frameworks: baselineControl("Host Probes / Lifecycle Hooks"),
    tags: [PSS_BASELINE, "pod-security"],
    remediation:
        "Remove `host` from `httpGet`/`tcpSocket` in `livenessProbe`, `readinessProbe`, `startupProbe` and `lifecycle.postStart`/`lifecycle.preStop`; the kubelet then targets the pod's own IP (set an HTTP `Host` header in `httpGet.httpHeaders` if the server needs one).",
    defaultLevel: "mandatory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "a liveness probe aimed at another host",
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
                                            { name: "web", image: "ghcr.io/acme/web:1.4.2", livenessProbe: { httpGet: { host: "169.254.169.254", path: "/", port: 80 } } },
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
                description: "a liveness probe on the pod's own IP",
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
                                    spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", livenessProbe: { httpGet: { path: "/healthz", port: 8080 } } }] },
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
        // The check exists from policy v1.34 (check_hostProbesAndhostLifecycle.go; see lib/pss.ts).
        if (!pod || pssMinor(ctx.config.pssVersion) < PSS_SINCE.hostProbes) return;
        const label = resourceLabel(ctx.type, ctx.name);
        for (const c of containersOf(pod)) {
            const handlers: [string, unknown, string][] = PROBES.map((probe) => [probe, c.container[probe], propertyPath(c.path, probe)]);
            const lifecycle = c.container.lifecycle;
            if (lifecycle !== undefined && lifecycle !== null) {
                for (const hook of LIFECYCLE_HOOKS) handlers.push([`lifecycle.${hook}`, recordOf(lifecycle)[hook], propertyPath(c.path, "lifecycle", hook)]);
            }
            for (const [where, handler, path] of handlers) {
                if (handler === undefined || handler === null) continue;
                for (const kind of HOST_HANDLERS) {
                    const action = recordOf(handler)[kind];
                    if (action === undefined || action === null) continue;
                    const host = recordOf(action).host;
                    // An empty host is the default: the pod's IP.
                    if (host === undefined || host === null || host === "") continue;
                    ctx.report({
                        message: `${label} aims the ${where} ${kind} of ${c.label} at ${showToken(host, HOST_TOKEN).replace("a non-standard value", "a host")} instead of the pod.`,
                        propertyPath: propertyPath(path, kind, "host"),
                    });
                }
            }
        }
    },
});
