import { defineRule } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { parseImage } from "../lib/images";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-container-image-digest",
    title: "Images are pinned by digest",
    description:
        "Tags can be moved to another image, by mistake or by whoever controls the registry; a digest names exactly one image, so what was reviewed is what runs.",
    severity: "low",
    service: "kubernetes",
    tags: ["hygiene", "supply-chain"],
    remediation: "Reference the image by digest (`app:1.4.2@sha256:...`), for example from your build's output.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an image referenced by tag",
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
                description: "an image pinned by digest",
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
                                                image: "ghcr.io/acme/web:1.4.2@sha256:5c3a1e9f0b7d4a2e8c6f1b9d3e7a5c2f4b8d0e6a1c3f5b7d9e2a4c6f8b0d1e3a",
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
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        for (const c of containersOf(pod)) {
            const ref = parseImage(c.container.image);
            if (ref && !ref.digest) {
                ctx.report({ message: `${resourceLabel(ctx.type, ctx.name)} runs ${c.label} from an image not pinned by digest.`, propertyPath: `${c.path}.image` });
            }
        }
    },
});
