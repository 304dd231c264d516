import { defineRule } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { parseImage } from "../lib/images";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-container-image-tag",
    title: "Images use a fixed tag",
    description:
        "An image without a tag, or tagged latest, means a different image whenever the tag moves: rollouts are not reproducible, rollbacks do not roll back, and nodes can run different code under the same spec.",
    severity: "medium",
    service: "kubernetes",
    tags: ["hygiene", "supply-chain"],
    remediation: "Reference a versioned tag (`app:1.4.2`) or a digest (`app@sha256:...`).",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an image tagged latest",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:latest" }] } },
                            },
                        },
                    },
                ],
            },
            {
                description: "an image without a tag",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx" }] } },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a versioned tag",
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
    },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        for (const c of containersOf(pod)) {
            const ref = parseImage(c.container.image);
            if (!ref || ref.digest) continue;
            if (ref.tag === undefined || ref.tag === "latest") {
                ctx.report({
                    message: `${resourceLabel(ctx.type, ctx.name)} runs ${c.label} from an image ${ref.tag === "latest" ? 'tagged "latest"' : 'without a tag (so "latest")'}.`,
                    propertyPath: `${c.path}.image`,
                });
            }
        }
    },
});
