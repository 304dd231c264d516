import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { showToken } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

const SYSCTL_NAME = /^[a-z][a-z0-9_]*([./][a-z0-9_]+)+$/;

/** True when a sysctl value could carry a second setting: "+" or "=" anywhere in it. */
function smuggles(value: unknown): boolean {
    return typeof value === "string" && (value.includes("+") || value.includes("="));
}

export default defineRule({
    id: "k8s-pod-sysctl-values-safe",
    title: "Sysctl values carry no second setting",
    description:
        "Some container runtimes pass pod sysctls to a helper as name=value pairs joined with '+', so a value holding '+' or '=' can set a second, unsafe kernel parameter (CVE-2022-0811, \"cr8escape\": a safe sysctl's value that also sets kernel.core_pattern runs a command as root on the node). No legitimate sysctl value contains these characters. This is stricter than Pod Security Standards, which judge sysctl names only.",
    severity: "high",
    service: "kubernetes",
    tags: ["pod-security", "cve"],
    remediation: "Set each kernel parameter as its own entry of `securityContext.sysctls` (`name` and `value`), with a value that contains neither `+` nor `=`.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a safe sysctl whose value also sets kernel.core_pattern",
                resources: [
                    {
                        type: "kubernetes:core/v1:Pod",
                        name: "probe",
                        props: {
                            metadata: { name: "probe", namespace: "apps" },
                            spec: {
                                securityContext: { sysctls: [{ name: "kernel.shm_rmid_forced", value: "1+kernel.core_pattern=|/var/lib/containers/x.sh #" }] },
                                containers: [{ name: "probe", image: "ghcr.io/acme/probe:2.0.1" }],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a plain sysctl value",
                resources: [
                    {
                        type: "kubernetes:core/v1:Pod",
                        name: "probe",
                        props: {
                            metadata: { name: "probe", namespace: "apps" },
                            spec: {
                                securityContext: { sysctls: [{ name: "net.ipv4.ip_local_port_range", value: "1024 65000" }] },
                                containers: [{ name: "probe", image: "ghcr.io/acme/probe:2.0.1" }],
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
        listOf(recordOf(pod.spec.securityContext).sysctls).forEach((entry, index) => {
            const sysctl = recordOf(entry);
            if (!smuggles(sysctl.value)) return;
            // The value itself is never shown: it is free-form and may carry a payload.
            ctx.report({
                message: `${resourceLabel(ctx.type, ctx.name)} sets sysctl ${showToken(sysctl.name, SYSCTL_NAME)} to a value containing "+" or "=", which can smuggle a second kernel setting into the runtime.`,
                propertyPath: propertyPath(pod.path, "securityContext", "sysctls", index, "value"),
            });
        });
    },
});
