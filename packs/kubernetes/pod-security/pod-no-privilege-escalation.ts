import { defineRule, listOf, recordOf } from "../../../src";
import { containersOf, isWindowsPod, podSpecOf, POD_SPEC_TYPES, resourceLabel, type ContainerRef } from "../lib/pod-spec";
import { PSS_RESTRICTED, PSS_VERSION_PROPERTY, restrictedControl } from "../lib/pss";
import { ensureObject } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

/** Containers for which `allowPrivilegeEscalation` is not false, on Linux pods. */
function offenders(type: string, props: unknown): ContainerRef[] {
    const pod = podSpecOf(type, props);
    if (!pod || isWindowsPod(pod)) return [];
    return containersOf(pod).filter((c) => {
        const value = recordOf(c.container.securityContext).allowPrivilegeEscalation;
        // A patch that does not set the field leaves it as it is on the object: not judged here.
        if (pod.partial && (value === undefined || value === null)) return false;
        return value !== false;
    });
}

/** Kubernetes rejects allowPrivilegeEscalation: false together with privileged or CAP_SYS_ADMIN. */
function canDisable(c: ContainerRef): boolean {
    const context = recordOf(c.container.securityContext);
    const added = listOf(recordOf(context.capabilities).add);
    return context.privileged !== true && !added.includes("SYS_ADMIN") && !added.includes("CAP_SYS_ADMIN");
}

export default defineRule({
    id: "k8s-pod-no-privilege-escalation",
    title: "Containers cannot gain more privileges",
    description:
        "Unless allowPrivilegeEscalation is false, a process in the container can gain privileges through set-user-ID binaries or file capabilities. Pod Security Standards Restricted requires it to be false on every container.",
    severity: "medium",
    service: "kubernetes",
    frameworks: restrictedControl("Privilege Escalation", ["5.2.6"]),
    tags: [PSS_RESTRICTED, "pod-security"],
    remediation: "Set `securityContext.allowPrivilegeEscalation: false` on every container.",
    defaultLevel: "advisory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "a container that does not forbid privilege escalation",
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
                                    spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", securityContext: { runAsNonRoot: true } }] },
                                },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "allowPrivilegeEscalation: false",
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
                                                securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false },
                                            },
                                        ],
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
        for (const c of offenders(ctx.type, props)) {
            const value = recordOf(c.container.securityContext).allowPrivilegeEscalation;
            ctx.report({
                message: `${resourceLabel(ctx.type, ctx.name)} ${value === true ? "allows" : "does not forbid"} privilege escalation in ${c.label}.`,
                propertyPath: `${c.path}.securityContext.allowPrivilegeEscalation`,
            });
        }
    },
    remediate(props, ctx) {
        for (const c of offenders(ctx.type, props)) {
            if (canDisable(c)) ensureObject(c.container, "securityContext").allowPrivilegeEscalation = false;
        }
    },
});
