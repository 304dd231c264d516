import { defineRule, propertyPath } from "../../../src";
import { podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-pod-service-account-token-not-mounted",
    title: "Pods do not mount a service account token they do not need",
    description:
        "By default every pod gets its service account's API token mounted; most applications never call the Kubernetes API, and a mounted token is the first thing an intruder uses to move on.",
    severity: "low",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.6"] },
    tags: ["hygiene", "credentials"],
    remediation: "Set `automountServiceAccountToken: false` in the pod spec, unless the application calls the Kubernetes API.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a pod with the default token mount",
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
                description: "automountServiceAccountToken: false",
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
                                    spec: { automountServiceAccountToken: false, containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] },
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
        if (!pod || pod.spec.automountServiceAccountToken === false) return;
        // A patch that does not set it leaves the object's own value.
        if (pod.partial && (pod.spec.automountServiceAccountToken === undefined || pod.spec.automountServiceAccountToken === null)) return;
        ctx.report({
            message: `${resourceLabel(ctx.type, ctx.name)} mounts its service account token${pod.spec.automountServiceAccountToken === true ? "" : " (automountServiceAccountToken is not set to false)"}.`,
            propertyPath: propertyPath(pod.path, "automountServiceAccountToken"),
        });
    },
});
