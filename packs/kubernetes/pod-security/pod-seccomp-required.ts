import { defineRule, propertyPath, recordOf } from "../../../src";
import { containersOf, describeContainers, isWindowsPod, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { CONFINED_PROFILE_TYPES, PSS_RESTRICTED, PSS_VERSION_PROPERTY, restrictedControl, showToken } from "../lib/pss";
import { containersNotSetting, ensureObject, podSecurityContext, reportSetters, settersOf } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-seccomp-required",
    title: "Seccomp profile is set to RuntimeDefault or Localhost",
    description:
        "Without a seccomp profile a container may call every system call the kernel offers, including rarely used ones behind many container escapes. Pod Security Standards Restricted requires RuntimeDefault or a Localhost profile.",
    severity: "medium",
    service: "kubernetes",
    frameworks: restrictedControl("Seccomp", ["5.7.2"]),
    tags: [PSS_RESTRICTED, "pod-security"],
    remediation: 'Set `securityContext.seccompProfile: { type: "RuntimeDefault" }` on the pod.',
    defaultLevel: "advisory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "no seccomp profile",
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
                description: "the runtime's default seccomp profile on the pod",
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
        if (!pod || isWindowsPod(pod)) return;
        const label = resourceLabel(ctx.type, ctx.name);
        const containers = containersOf(pod);
        // Judged where it is set (check_seccompProfile_restricted.go): a bad pod-level type is a
        // problem even when every container overrides it, and so is each container's own.
        const setters = settersOf(pod, containers, ["seccompProfile"]);
        reportSetters(
            ctx,
            setters.filter((s) => !CONFINED_PROFILE_TYPES.has(recordOf(s.value).type as string)),
            ({ who, value }) => `${label} sets seccomp profile type ${showToken(recordOf(value).type)} for ${who}.`,
        );
        // Containers that set nothing rely on the pod; a bad pod-level profile is reported above.
        if (setters.some((s) => s.container === undefined) || pod.partial) return;
        const unset = containersNotSetting(containers, ["seccompProfile"]);
        if (unset.length > 0) {
            ctx.report({
                message: `${label} sets no seccomp profile for ${describeContainers(unset)}, neither on the pod nor on the container.`,
                propertyPath: propertyPath(pod.path, "securityContext", "seccompProfile"),
            });
        }
    },
    remediate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        const current = podSecurityContext(pod).seccompProfile;
        if (current === undefined || current === null) ensureObject(pod.spec, "securityContext").seccompProfile = { type: "RuntimeDefault" };
    },
});
