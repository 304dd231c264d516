import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { showToken } from "../lib/pss";
import type {} from "../../../src/types/kubernetes/core";

export const ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
/** Namespaces Kubernetes itself runs in, which often need privileged pods. */
export const SYSTEM_NAMESPACES = ["kube-system", "kube-public", "kube-node-lease"];

const RANK: Readonly<Record<string, number>> = { privileged: 0, baseline: 1, restricted: 2 };

export default defineRule({
    id: "k8s-namespace-pod-security-enforced",
    title: "Namespaces enforce a Pod Security Standard",
    description:
        "Pod Security Admission, built into Kubernetes, rejects pods that break a Pod Security Standard only in namespaces labelled `pod-security.kubernetes.io/enforce`. Without the label (or with `privileged`) the cluster default applies, which is privileged unless the API server is configured otherwise: any pod may run privileged, share host namespaces or mount the node's filesystem. The kube-system, kube-public and kube-node-lease namespaces are exempt by default; a NamespacePatch is judged on the label it sets.",
    severity: "medium",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.2.1"] },
    tags: ["pod-security", "admission"],
    remediation:
        'Label the Namespace: `metadata.labels: { "pod-security.kubernetes.io/enforce": "baseline" }` (or "restricted"), ideally with `pod-security.kubernetes.io/enforce-version` pinned and `warn`/`audit` labels at "restricted" to see what a stricter level would reject.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumLevel: { type: "string", enum: ["baseline", "restricted"], description: "The least strict level a namespace may enforce." },
            exemptNamespaces: { type: "array", items: { type: "string" }, description: "Namespaces (metadata.name) that need no enforced level." },
        },
    },
    configDefaults: { minimumLevel: "baseline", exemptNamespaces: SYSTEM_NAMESPACES },
    messages: {
        missing: "Namespace `{{name}}` has no pod-security.kubernetes.io/enforce label, so Pod Security Admission enforces only the cluster default (privileged unless configured).",
        tooLow: "Namespace `{{name}}` enforces the {{level}} Pod Security level; at least {{minimum}} is required.",
        invalid: "Namespace `{{name}}` sets pod-security.kubernetes.io/enforce to {{value}}, which is not a Pod Security level (privileged, baseline or restricted).",
    },
    examples: {
        violating: [
            { description: "a namespace without Pod Security labels", resources: [{ type: "kubernetes:core/v1:Namespace", name: "shop", props: { metadata: { name: "shop" } } }] },
            {
                description: "a namespace enforcing the privileged level",
                resources: [{ type: "kubernetes:core/v1:Namespace", name: "shop", props: { metadata: { name: "shop", labels: { "pod-security.kubernetes.io/enforce": "privileged" } } } }],
            },
        ],
        compliant: [
            {
                description: "a namespace enforcing baseline and warning at restricted",
                resources: [
                    {
                        type: "kubernetes:core/v1:Namespace",
                        name: "shop",
                        props: {
                            metadata: {
                                name: "shop",
                                labels: {
                                    "pod-security.kubernetes.io/enforce": "baseline",
                                    "pod-security.kubernetes.io/enforce-version": "v1.33",
                                    "pod-security.kubernetes.io/warn": "restricted",
                                },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: ["kubernetes:core/v1:Namespace", "kubernetes:core/v1:NamespacePatch"],
    validate(props, ctx) {
        const metadata = recordOf(props.metadata);
        const level = recordOf(metadata.labels)[ENFORCE_LABEL];
        const minimum = ctx.config.minimumLevel === "restricted" ? "restricted" : "baseline";
        const rank = typeof level === "string" ? RANK[level] : undefined;
        if (rank !== undefined && rank >= RANK[minimum]) return;
        const absent = level === undefined || level === null || level === "";
        // A patch that leaves the label out does not change it.
        if (ctx.type === "kubernetes:core/v1:NamespacePatch" && (level === undefined || level === null)) return;
        // Read only now: a compliant namespace is judged even while its name is unknown.
        const name = metadata.name;
        if (typeof name === "string" && listOf(ctx.config.exemptNamespaces).includes(name)) return;
        const path = propertyPath("metadata", "labels", ENFORCE_LABEL);
        if (absent) ctx.report({ messageId: "missing", data: { name: ctx.name }, propertyPath: path });
        else if (rank === undefined) ctx.report({ messageId: "invalid", data: { name: ctx.name, value: showToken(level, /^[a-z][a-z0-9-]{0,31}$/) }, propertyPath: path });
        else ctx.report({ messageId: "tooLow", data: { name: ctx.name, level: String(level), minimum }, propertyPath: path });
    },
});
