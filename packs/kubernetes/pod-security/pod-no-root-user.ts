import { defineRule } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel, usesUserNamespace } from "../lib/pod-spec";
import { PSS_RESTRICTED, PSS_SINCE, PSS_VERSION_PROPERTY, pssMinor, restrictedControl } from "../lib/pss";
import { reportSetters, settersOf } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-no-root-user",
    title: "Containers do not run as UID 0",
    description:
        "runAsUser: 0 runs the container's processes as root, so any escape from the container starts with root's power on the node. Pod Security Standards Restricted forbids it wherever it is set, on the pod even when every container sets another UID.",
    severity: "medium",
    service: "kubernetes",
    frameworks: restrictedControl("Running as Non-root user", ["5.2.7"]),
    tags: [PSS_RESTRICTED, "pod-security"],
    remediation: "Set `runAsUser` to a non-zero UID (for example 10001) or remove it and build the image with a non-root USER.",
    defaultLevel: "advisory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "a pod running as UID 0",
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
                                    spec: { securityContext: { runAsUser: 0 }, containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] },
                                },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a pod running as a non-zero UID",
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
                                        securityContext: { runAsUser: 10001, runAsGroup: 10001 },
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
        // hostUsers: false relaxes the check from policy v1.35 (check_runAsUser.go; see lib/pss.ts).
        if (pssMinor(ctx.config.pssVersion) >= PSS_SINCE.userNamespaceRelaxation && usesUserNamespace(pod)) return;
        // Each setter is judged on its own, as Pod Security Admission does: a pod-level 0 is a
        // problem even when every container overrides it.
        const setters = settersOf(pod, containersOf(pod), ["runAsUser"]).filter((s) => s.value === 0);
        reportSetters(ctx, setters, ({ who }) => `${resourceLabel(ctx.type, ctx.name)} runs as root: ${who} sets runAsUser: 0.`);
    },
});
