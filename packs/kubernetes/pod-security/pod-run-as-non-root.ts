import { defineRule, propertyPath } from "../../../src";
import { containersOf, describeContainers, podSpecOf, POD_SPEC_TYPES, resourceLabel, usesUserNamespace } from "../lib/pod-spec";
import { PSS_RESTRICTED, PSS_SINCE, PSS_VERSION_PROPERTY, pssMinor, restrictedControl } from "../lib/pss";
import { containersNotSetting, ensureObject, podSecurityContext, reportSetters, settersOf } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-run-as-non-root",
    title: "Containers must run as non-root",
    description:
        "With runAsNonRoot: true the kubelet refuses to start a container whose user is root, so a kernel or runtime escape does not start from UID 0. Pod Security Standards Restricted requires it on the pod or on every container, and forbids runAsNonRoot: false wherever it is set (on the pod even when every container overrides it).",
    severity: "medium",
    service: "kubernetes",
    frameworks: restrictedControl("Running as Non-root", ["5.2.7"]),
    tags: [PSS_RESTRICTED, "pod-security"],
    remediation: "Set `securityContext.runAsNonRoot: true` on the pod (and a non-zero `runAsUser` if the image's user is root).",
    defaultLevel: "advisory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "a pod that does not require a non-root user",
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
                description: "runAsNonRoot on the pod",
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
                                        securityContext: { runAsNonRoot: true, runAsUser: 10001 },
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
        // In a user namespace (hostUsers: false) root in the container is not root on the node;
        // PSA relaxes the check for it from policy v1.35 (check_runAsNonRoot.go; see lib/pss.ts).
        if (pssMinor(ctx.config.pssVersion) >= PSS_SINCE.userNamespaceRelaxation && usesUserNamespace(pod)) return;
        const label = resourceLabel(ctx.type, ctx.name);
        const containers = containersOf(pod);
        // Judged where it is set, as Pod Security Admission does: a pod-level false is a problem
        // even when every container overrides it, and so is each container's own false.
        const setters = settersOf(pod, containers, ["runAsNonRoot"]);
        reportSetters(ctx, setters.filter((s) => s.value !== true), ({ who }) => `${label} lets root run: ${who} sets runAsNonRoot: false.`);
        // A container that sets nothing is covered only by a pod-level true; under a pod-level
        // false it is part of the problem reported above.
        if (setters.some((s) => s.container === undefined) || pod.partial) return;
        const unset = containersNotSetting(containers, ["runAsNonRoot"]);
        if (unset.length > 0) {
            ctx.report({
                message: `${label} does not require a non-root user: neither the pod nor ${describeContainers(unset)} set runAsNonRoot: true.`,
                propertyPath: propertyPath(pod.path, "securityContext", "runAsNonRoot"),
            });
        }
    },
    remediate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        // Fill in the pod-level default only; an explicit false is the owner's decision to revisit.
        const context = podSecurityContext(pod);
        if (context.runAsNonRoot === undefined || context.runAsNonRoot === null) ensureObject(pod.spec, "securityContext").runAsNonRoot = true;
    },
});
