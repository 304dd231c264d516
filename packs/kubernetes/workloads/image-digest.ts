import { defineRule } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { parseImage } from "../lib/images";

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
