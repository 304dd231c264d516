import { defineRule, propertyPath } from "../../../src";
import { podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { serviceAccountOf } from "../lib/namespaces";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

/** A service account name is given (the empty string means the default, as absent does). */
function isSetName(value: unknown): boolean {
    return typeof value === "string" && value !== "";
}

export default defineRule({
    id: "k8s-pod-no-default-service-account",
    title: "Pods use a dedicated service account",
    description:
        "Every pod in a namespace that does not name a service account shares the namespace's `default` one, so a permission granted to one workload is granted to all of them.",
    severity: "low",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.5"] },
    tags: ["hygiene", "rbac"],
    remediation: "Create a ServiceAccount for the workload and set `serviceAccountName` in its pod spec.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a Deployment that names no service account",
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
                description: "a Deployment with its own service account",
                resources: [
                    { type: "kubernetes:core/v1:ServiceAccount", name: "web", props: { metadata: { name: "web" } } },
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
                                    spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }], serviceAccountName: "web" },
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
        if (!pod || serviceAccountOf(pod) !== "default") return;
        // A patch that names no service account leaves the object's own.
        if (pod.partial && !isSetName(pod.spec.serviceAccountName) && !isSetName(pod.spec.serviceAccount)) return;
        ctx.report({
            message: `${resourceLabel(ctx.type, ctx.name)} runs as the namespace's default service account.`,
            propertyPath: propertyPath(pod.path, "serviceAccountName"),
        });
    },
});
