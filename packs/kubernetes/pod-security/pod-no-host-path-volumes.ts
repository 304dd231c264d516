import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, PSS_BASELINE, PSS_VERSION_PROPERTY } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-no-host-path-volumes",
    title: "Pods do not mount host paths",
    description:
        "A hostPath volume gives the pod the node's own files: the container runtime socket, kubelet credentials, or the root filesystem. Pod Security Standards Baseline forbids it.",
    severity: "high",
    service: "kubernetes",
    frameworks: baselineControl("HostPath Volumes", ["5.2.12"]),
    tags: [PSS_BASELINE, "pod-security"],
    remediation: "Replace the hostPath volume with an emptyDir, a ConfigMap/Secret, or a PersistentVolumeClaim (`persistentVolumeClaim: { claimName }`).",
    defaultLevel: "mandatory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "a cache directory on the node",
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
                                            { name: "web", image: "ghcr.io/acme/web:1.4.2", volumeMounts: [{ name: "cache", mountPath: "/var/cache/web" }] },
                                        ],
                                        volumes: [{ name: "cache", hostPath: { path: "/var/cache/web", type: "DirectoryOrCreate" } }],
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
                description: "an emptyDir cache",
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
                                            { name: "web", image: "ghcr.io/acme/web:1.4.2", volumeMounts: [{ name: "cache", mountPath: "/var/cache/web" }] },
                                        ],
                                        volumes: [{ name: "cache", emptyDir: { sizeLimit: "1Gi" } }],
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
        listOf(pod.spec.volumes).forEach((volume, index) => {
            const hostPath = recordOf(volume).hostPath;
            if (hostPath !== undefined && hostPath !== null) {
                ctx.report({
                    message: `${resourceLabel(ctx.type, ctx.name)} mounts a directory of the node through volumes[${index}].`,
                    propertyPath: propertyPath(pod.path, "volumes", index, "hostPath"),
                });
            }
        });
    },
});
