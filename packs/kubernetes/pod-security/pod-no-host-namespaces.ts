import { defineRule, propertyPath } from "../../../src";
import { podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, PSS_BASELINE, PSS_VERSION_PROPERTY } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

const NAMESPACES = [
    { field: "hostNetwork", what: "the node's network (it can bind node ports and see node traffic)" },
    { field: "hostPID", what: "the node's process IDs (it can see and signal every process on the node)" },
    { field: "hostIPC", what: "the node's IPC namespace (it can read other processes' shared memory)" },
] as const;

export default defineRule({
    id: "k8s-pod-no-host-namespaces",
    title: "Pods do not share the host's namespaces",
    description:
        "Sharing the node's network, process or IPC namespace removes the isolation between the pod and everything else on the node. Pod Security Standards Baseline forbids it.",
    severity: "high",
    service: "kubernetes",
    frameworks: baselineControl("Host Namespaces", ["5.2.3", "5.2.4", "5.2.5"]),
    tags: [PSS_BASELINE, "pod-security"],
    remediation: "Remove `hostNetwork`, `hostPID` and `hostIPC` from the pod spec (or set them to false).",
    defaultLevel: "mandatory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "a pod on the node's network",
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
                                        hostNetwork: true,
                                        containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", ports: [{ containerPort: 8080 }] }],
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
                description: "a pod in its own network namespace",
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
                                    spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", ports: [{ containerPort: 8080 }] }] },
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
        for (const { field, what } of NAMESPACES) {
            if (pod.spec[field] === true) {
                ctx.report({
                    message: `${resourceLabel(ctx.type, ctx.name)} sets ${field}: true, sharing ${what}.`,
                    propertyPath: propertyPath(pod.path, field),
                });
            }
        }
    },
});
