import { defineRule } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { parseImage } from "../lib/images";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

const POLICIES: ReadonlySet<string> = new Set(["Always", "IfNotPresent", "Never"]);

/**
 * The policy Kubernetes fills in when `imagePullPolicy` is absent (pkg/apis/core/v1/defaults.go):
 * Always when the tag is `latest`, or when there is neither a tag nor a digest (the tag then
 * defaults to `latest`); IfNotPresent otherwise, a digest-only reference included.
 */
function defaultPolicy(image: unknown): "Always" | "IfNotPresent" | undefined {
    const ref = parseImage(image);
    if (!ref) return undefined;
    if (ref.tag === "latest" || (ref.tag === undefined && ref.digest === undefined)) return "Always";
    return "IfNotPresent";
}

const deploymentWith = (container: Record<string, unknown>) => ({
    metadata: { labels: { app: "web" } },
    spec: {
        replicas: 2,
        selector: { matchLabels: { app: "web" } },
        template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", ...container }] } },
    },
});

export default defineRule({
    id: "k8s-container-image-pull-policy-always",
    title: "Containers pull their image every time they start",
    description:
        "With IfNotPresent or Never, a node reuses whatever image it cached under that name: a tag that was moved or re-pushed after a fix keeps running the old code, and a pod can start from an image its own pull secret would no longer grant. Always makes the kubelet check the registry on each start (a cheap manifest request when the layers are cached). An absent policy counts as Kubernetes fills it in: Always for `:latest` or untagged images, IfNotPresent for any other tag or a digest-only reference. Deliberately as strict as checkov and Polaris: digest-pinned images are reported too unless they set Always, since a cached image still bypasses the registry's access check.",
    severity: "low",
    service: "kubernetes",
    tags: ["hygiene", "supply-chain"],
    remediation: 'Set `imagePullPolicy: "Always"` on every container (`containers[]`, `initContainers[]`, `ephemeralContainers[]`), or enable the AlwaysPullImages admission plugin on the cluster.',
    defaultLevel: "advisory",
    messages: {
        notAlways: '{{resource}} pulls the image of {{container}} with imagePullPolicy "{{policy}}", not "Always".',
        defaultNotAlways: '{{resource}} sets no imagePullPolicy for {{container}}, and Kubernetes defaults it to "IfNotPresent" because its image is pinned by tag or digest.',
    },
    examples: {
        violating: [
            { description: "a versioned image pulled only if not present", resources: [{ type: "kubernetes:apps/v1:Deployment", name: "web", props: deploymentWith({ image: "ghcr.io/acme/web:1.4.2", imagePullPolicy: "IfNotPresent" }) }] },
            { description: "a versioned image without a policy (defaults to IfNotPresent)", resources: [{ type: "kubernetes:apps/v1:Deployment", name: "web", props: deploymentWith({ image: "ghcr.io/acme/web:1.4.2" }) }] },
        ],
        compliant: [
            { description: "imagePullPolicy Always", resources: [{ type: "kubernetes:apps/v1:Deployment", name: "web", props: deploymentWith({ image: "ghcr.io/acme/web:1.4.2", imagePullPolicy: "Always" }) }] },
        ],
    },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        const resource = resourceLabel(ctx.type, ctx.name);
        for (const c of containersOf(pod)) {
            const policy = c.container.imagePullPolicy;
            if (policy === "Always") continue;
            if (policy === undefined || policy === null || policy === "") {
                // A patch leaves the policy as it is on the live object.
                if (pod.partial) continue;
                if (defaultPolicy(c.container.image) !== "IfNotPresent") continue;
                ctx.report({ messageId: "defaultNotAlways", data: { resource, container: c.label }, propertyPath: `${c.path}.imagePullPolicy` });
                continue;
            }
            // Only the API's own values are echoed; anything else is named generically.
            const shown = typeof policy === "string" && POLICIES.has(policy) ? policy : "(not a valid policy)";
            ctx.report({ messageId: "notAlways", data: { resource, container: c.label, policy: shown }, propertyPath: `${c.path}.imagePullPolicy` });
        }
    },
});
