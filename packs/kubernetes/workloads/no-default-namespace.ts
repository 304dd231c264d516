import { defineRule } from "../../../src";
import { kindOf, POD_SPEC_TYPES } from "../lib/pod-spec";
import { namespaceOf } from "../lib/namespaces";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";
import type {} from "../../../src/types/kubernetes/networking";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-no-default-namespace",
    title: "Resources are not created in the default namespace",
    description:
        "The default namespace is where everything lands when nobody chose: quotas, network policies and RBAC scoped to a team's namespace do not apply there, and unrelated workloads end up sharing it.",
    severity: "low",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.7.1", "5.7.4"] },
    tags: ["hygiene"],
    remediation: "Set `metadata.namespace` to the application's own namespace (or give the Kubernetes provider a `namespace`).",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a Deployment that names no namespace",
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
                description: "a Deployment in the application's namespace",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { namespace: "shop", labels: { app: "web" } },
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
    },
    resourceType: [
        ...POD_SPEC_TYPES,
        "kubernetes:core/v1:Service",
        "kubernetes:core/v1:ServiceAccount",
        "kubernetes:core/v1:ConfigMap",
        "kubernetes:core/v1:Secret",
        "kubernetes:core/v1:PersistentVolumeClaim",
        "kubernetes:networking.k8s.io/v1:Ingress",
        "kubernetes:rbac.authorization.k8s.io/v1:Role",
        "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
    ],
    validate(props, ctx) {
        const { namespace, source } = namespaceOf(props, ctx.provider);
        if (namespace !== "default") return;
        ctx.report({
            message:
                source === "metadata"
                    ? `${kindOf(ctx.type)} \`${ctx.name}\` is created in the default namespace.`
                    : `${kindOf(ctx.type)} \`${ctx.name}\` names no namespace, so it is created in the default namespace.`,
            propertyPath: "metadata.namespace",
        });
    },
});
