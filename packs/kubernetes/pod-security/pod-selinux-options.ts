import { defineRule, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, PSS_BASELINE, PSS_VERSION_PROPERTY, pssMinor, seLinuxTypes, showToken } from "../lib/pss";
import { reportSetters, settersOf } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

function problemsOf(options: unknown, allowedTypes: ReadonlySet<string>): string[] {
    const o = recordOf(options);
    const problems: string[] = [];
    if (o.type !== undefined && o.type !== null && o.type !== "" && !allowedTypes.has(o.type as string)) {
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
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
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
        // Each setter is judged on its own, as Pod Security Admission does (check_seLinuxOptions.go).
        // container_engine_t is allowed from policy v1.31 (check_seLinuxOptions.go; see lib/pss.ts).
        const allowedTypes = seLinuxTypes(pssMinor(ctx.config.pssVersion));
        const setters = settersOf(pod, containersOf(pod), ["seLinuxOptions"]).filter((s) => problemsOf(s.value, allowedTypes).length > 0);
        reportSetters(ctx, setters, ({ who, value }) => `${resourceLabel(ctx.type, ctx.name)} sets SELinux options with ${problemsOf(value, allowedTypes).join(" and ")} for ${who}.`);
    },
});
