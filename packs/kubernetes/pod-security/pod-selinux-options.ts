import { defineRule, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, PSS_BASELINE, SELINUX_TYPES, showToken } from "../lib/pss";
import { effectiveSetting, reportBySource } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

function problemsOf(options: unknown): string[] {
    const o = recordOf(options);
    const problems: string[] = [];
    if (o.type !== undefined && o.type !== null && o.type !== "" && !SELINUX_TYPES.has(o.type as string)) {
        problems.push(`type ${showToken(o.type)}`);
    }
    if (o.user !== undefined && o.user !== null && o.user !== "") problems.push("a custom user");
    if (o.role !== undefined && o.role !== null && o.role !== "") problems.push("a custom role");
    return problems;
}

export default defineRule({
    id: "k8s-pod-selinux-options",
    title: "SELinux options stay within the container types",
    description:
        "A custom SELinux user, role or a type other than the container types can give a process the label of a node daemon and the access that comes with it. Pod Security Standards Baseline forbids them.",
    severity: "high",
    service: "kubernetes",
    frameworks: baselineControl("SELinux"),
    tags: [PSS_BASELINE, "pod-security"],
    remediation:
        "Remove `seLinuxOptions.user` and `seLinuxOptions.role`, and leave `seLinuxOptions.type` unset or use container_t, container_init_t, container_kvm_t or container_engine_t (`level` may be set).",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "the super-privileged SELinux type spc_t",
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
                                        securityContext: { seLinuxOptions: { type: "spc_t" } },
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
                description: "only an MCS level",
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
                                        securityContext: { seLinuxOptions: { level: "s0:c123,c456" } },
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
        const offenders = containersOf(pod)
            .map((container) => ({ container, setting: effectiveSetting(pod, container, ["seLinuxOptions"]) }))
            .filter((o) => problemsOf(o.setting.value).length > 0);
        reportBySource(ctx, offenders, ({ who, value }) => `${resourceLabel(ctx.type, ctx.name)} sets SELinux options with ${problemsOf(value).join(" and ")} for ${who}.`);
    },
});
