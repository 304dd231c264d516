import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { showToken } from "../lib/pss";
import { SYSTEM_NAMESPACES } from "./namespace-pod-security-enforced";
import type {} from "../../../src/types/kubernetes/core";

const VERSION_LABEL = "pod-security.kubernetes.io/enforce-version";
/** What Pod Security Admission accepts as a policy version: "latest" or "v1.<minor>" (no patch, no leading zero). */
const VALID_VERSION = /^(latest|v1\.(0|[1-9][0-9]*))$/;

export default defineRule({
    id: "k8s-namespace-pod-security-version-valid",
    title: "Namespace Pod Security versions are valid",
    description:
        "`pod-security.kubernetes.io/enforce-version` pins the Pod Security Standards policy a namespace is judged by, and Pod Security Admission accepts only `latest` or `v1.<minor>` (such as `v1.33`). A value like `1.33`, `v1.33.2` or `v1.x` is rejected by the admission plugin as an invalid label, so the namespace is not judged by the policy version its owner meant to pin. The kube-system, kube-public and kube-node-lease namespaces are exempt by default.",
    severity: "low",
    service: "kubernetes",
    tags: ["pod-security", "admission"],
    remediation: 'Set `metadata.labels["pod-security.kubernetes.io/enforce-version"]` to `latest` or to a minor release written `v1.N` (for example `v1.33`), or remove it (it then defaults to `latest`).',
    defaultLevel: "advisory",
    configSchema: {
        properties: { exemptNamespaces: { type: "array", items: { type: "string" }, description: "Namespaces (metadata.name) that are not judged." } },
    },
    configDefaults: { exemptNamespaces: SYSTEM_NAMESPACES },
    messages: {
        invalidVersion: "Namespace `{{name}}` sets pod-security.kubernetes.io/enforce-version to {{value}}; Pod Security Admission accepts only `latest` or `v1.<minor>`.",
    },
    examples: {
        violating: [
            {
                description: "a version with a patch number",
                resources: [
                    {
                        type: "kubernetes:core/v1:Namespace",
                        name: "shop",
                        props: { metadata: { name: "shop", labels: { "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/enforce-version": "v1.33.2" } } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a pinned minor version",
                resources: [
                    {
                        type: "kubernetes:core/v1:Namespace",
                        name: "shop",
                        props: { metadata: { name: "shop", labels: { "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/enforce-version": "v1.33" } } },
                    },
                ],
            },
        ],
    },
    resourceType: ["kubernetes:core/v1:Namespace", "kubernetes:core/v1:NamespacePatch"],
    validate(props, ctx) {
        const metadata = recordOf(props.metadata);
        const version = recordOf(metadata.labels)[VERSION_LABEL];
        // Absent or empty: Pod Security Admission uses `latest`.
        if (version === undefined || version === null || version === "") return;
        if (typeof version === "string" && VALID_VERSION.test(version)) return;
        // Read only now: a valid version is judged even while the namespace's name is unknown.
        const name = metadata.name;
        if (typeof name === "string" && listOf(ctx.config.exemptNamespaces).includes(name)) return;
        ctx.report({
            messageId: "invalidVersion",
            data: { name: ctx.name, value: showToken(version, /^[A-Za-z0-9][A-Za-z0-9.+-]{0,31}$/) },
            propertyPath: propertyPath("metadata", "labels", VERSION_LABEL),
        });
    },
});
