import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { PSS_RESTRICTED, PSS_VERSION_PROPERTY, RESTRICTED_VOLUME_SOURCES, restrictedControl, VOLUME_SOURCES } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-restricted-volume-types",
    title: "Pods use only the Restricted volume types",
    description:
        "Inline volume sources such as nfs, iscsi, gitRepo or cloud disks attach storage directly, bypassing PersistentVolume controls. Pod Security Standards Restricted allows only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret; hostPath is reported here too, and under the Restricted profile this rule replaces the Baseline hostPath rule.",
    severity: "medium",
    service: "kubernetes",
    frameworks: restrictedControl("Volume Types"),
    tags: [PSS_RESTRICTED, "pod-security"],
    remediation: "Define the storage as a PersistentVolume and mount it through a `persistentVolumeClaim` volume, or use one of the allowed volume types.",
    defaultLevel: "advisory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "an NFS share mounted inline",
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
                                            { name: "web", image: "ghcr.io/acme/web:1.4.2", volumeMounts: [{ name: "shared", mountPath: "/srv/shared" }] },
                                        ],
                                        volumes: [{ name: "shared", nfs: { server: "10.0.12.20", path: "/exports/shared" } }],
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
                description: "the share mounted through a PersistentVolumeClaim",
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
                                            { name: "web", image: "ghcr.io/acme/web:1.4.2", volumeMounts: [{ name: "shared", mountPath: "/srv/shared" }] },
                                        ],
                                        volumes: [{ name: "shared", persistentVolumeClaim: { claimName: "shared" } }],
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
        listOf(pod.spec.volumes).forEach((entry, index) => {
            const volume = recordOf(entry);
            for (const source of VOLUME_SOURCES) {
                // hostPath included: as upstream's restrictedVolumes overrides hostPathVolumes
                // (check_restrictedVolumes.go), pssProfile("restricted") switches the Baseline
                // k8s-pod-no-host-path-volumes off and this rule reports it.
                if (RESTRICTED_VOLUME_SOURCES.has(source)) continue;
                if (!(source in volume) || volume[source] === undefined || volume[source] === null) continue;
                ctx.report({
                    message: `${resourceLabel(ctx.type, ctx.name)} uses a ${source} volume (volumes[${index}]), which the Restricted profile does not allow.`,
                    propertyPath: propertyPath(pod.path, "volumes", index, source),
                });
            }
        });
    },
});
