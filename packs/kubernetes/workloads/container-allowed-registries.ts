import { defineRule, listOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { fromAllowedRegistry, parseImage, showRegistry } from "../lib/images";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-container-allowed-registries",
    title: "Images come from allowed registries",
    description:
        "Pulling from arbitrary registries bypasses the scanning, signing and mirroring your own registry provides, and typosquatted public images are a known attack path.",
    severity: "medium",
    service: "kubernetes",
    tags: ["hygiene", "supply-chain"],
    remediation: "Push the image to an allowed registry (or mirror it there) and reference it from there; the allowed list is the rule's `registries` setting.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            registries: {
                type: "array",
                items: { type: "string" },
                description: 'Allowed registries or repository prefixes ("ghcr.io/acme", "123456789012.dkr.ecr.eu-west-1.amazonaws.com"); empty allows all.',
            },
        },
    },
    configDefaults: { registries: [] },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const allowed = listOf(ctx.config.registries).filter((r): r is string => typeof r === "string");
        if (allowed.length === 0) return;
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        for (const c of containersOf(pod)) {
            const ref = parseImage(c.container.image);
            if (ref && !fromAllowedRegistry(ref, allowed)) {
                ctx.report({
                    message: `${resourceLabel(ctx.type, ctx.name)} pulls ${c.label} from ${showRegistry(ref.registry)}, which is not an allowed registry.`,
                    propertyPath: `${c.path}.image`,
                });
            }
        }
    },
});
