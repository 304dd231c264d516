import { defineRule, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-container-read-only-root-filesystem",
    title: "Containers have a read-only root filesystem",
    description:
        "A writable root filesystem lets an intruder drop tools or change the application's own files; with it read-only, writes go only to the volumes you mount for them.",
    severity: "low",
    service: "kubernetes",
    tags: ["hygiene", "pod-security"],
    remediation: "Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir where the program needs to write (e.g. /tmp).",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a writable root filesystem",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] } },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a read-only root filesystem with an emptyDir for /tmp",
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
                                                securityContext: { readOnlyRootFilesystem: true },
                                                volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
                                            },
                                        ],
                                        volumes: [{ name: "tmp", emptyDir: {} }],
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
        // Ephemeral (debug) containers are short-lived and often need to write.
        for (const c of containersOf(pod, ["initContainers", "containers"])) {
            const readOnly = recordOf(c.container.securityContext).readOnlyRootFilesystem;
            // A patch that does not set it leaves the object's own value.
            if (readOnly !== true && !(pod.partial && (readOnly === undefined || readOnly === null))) {
                ctx.report({
                    message: `${resourceLabel(ctx.type, ctx.name)} gives ${c.label} a writable root filesystem.`,
                    propertyPath: `${c.path}.securityContext.readOnlyRootFilesystem`,
                });
            }
        }
    },
});
