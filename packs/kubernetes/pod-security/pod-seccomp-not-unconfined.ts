import { defineRule, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, CONFINED_PROFILE_TYPES, PSS_BASELINE, PSS_VERSION_PROPERTY, showToken } from "../lib/pss";
import { reportSetters, settersOf } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-seccomp-not-unconfined",
    title: "Seccomp is not disabled",
    description:
        "Seccomp filters the system calls a container may make; an Unconfined profile exposes the whole kernel attack surface. Pod Security Standards Baseline forbids any explicit profile type other than RuntimeDefault or Localhost, on the pod (even when every container overrides it) and on each container.",
    severity: "high",
    service: "kubernetes",
    frameworks: baselineControl("Seccomp"),
    tags: [PSS_BASELINE, "pod-security"],
    remediation: 'Set `securityContext.seccompProfile: { type: "RuntimeDefault" }` (or a Localhost profile) instead of Unconfined.',
    defaultLevel: "mandatory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "seccomp switched off for the pod",
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
                                        securityContext: { seccompProfile: { type: "Unconfined" } },
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
                description: "the runtime's default seccomp profile",
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
                                        securityContext: { seccompProfile: { type: "RuntimeDefault" } },
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
        // Each setter is judged on its own, as Pod Security Admission does (check_seccompProfile_baseline.go, 1.19+).
        const setters = settersOf(pod, containersOf(pod), ["seccompProfile"]).filter((s) => !CONFINED_PROFILE_TYPES.has(recordOf(s.value).type as string));
        reportSetters(ctx, setters, ({ who, value }) => `${resourceLabel(ctx.type, ctx.name)} sets seccomp profile type ${showToken(recordOf(value).type)} for ${who}.`);
    },
});
