import { defineRule } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, PSS_BASELINE, PSS_VERSION_PROPERTY } from "../lib/pss";
import { reportSetters, settersOf } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

const FIELD = ["windowsOptions", "hostProcess"] as const;

export default defineRule({
    id: "k8s-pod-no-windows-host-process",
    title: "Windows pods do not run HostProcess containers",
    description:
        "A Windows HostProcess container runs directly on the node with the node's privileges, like a privileged Linux container. Pod Security Standards Baseline forbids it.",
    severity: "critical",
    service: "kubernetes",
    frameworks: baselineControl("HostProcess", ["5.2.11"]),
    tags: [PSS_BASELINE, "pod-security"],
    remediation: "Remove `securityContext.windowsOptions.hostProcess` from the pod and its containers (or set it to false).",
    defaultLevel: "mandatory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "a Windows HostProcess pod",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "agent",
                        props: {
                            metadata: { labels: { app: "agent" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "agent" } },
                                template: {
                                    metadata: { labels: { app: "agent" } },
                                    spec: {
                                        nodeSelector: { "kubernetes.io/os": "windows" },
                                        hostNetwork: true,
                                        securityContext: { windowsOptions: { hostProcess: true } },
                                        containers: [{ name: "agent", image: "mcr.microsoft.com/windows/nanoserver:ltsc2022" }],
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
                description: "a regular Windows container",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "agent",
                        props: {
                            metadata: { labels: { app: "agent" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "agent" } },
                                template: {
                                    metadata: { labels: { app: "agent" } },
                                    spec: {
                                        nodeSelector: { "kubernetes.io/os": "windows" },
                                        securityContext: { windowsOptions: { runAsUserName: "ContainerUser" } },
                                        containers: [{ name: "agent", image: "mcr.microsoft.com/windows/nanoserver:ltsc2022" }],
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
        // Each setter is judged on its own, as Pod Security Admission does (check_windowsHostProcess.go).
        const setters = settersOf(pod, containersOf(pod), FIELD).filter((s) => s.value === true);
        reportSetters(ctx, setters, ({ who }) => `${resourceLabel(ctx.type, ctx.name)} runs as a Windows HostProcess: ${who} sets windowsOptions.hostProcess: true.`);
    },
});
