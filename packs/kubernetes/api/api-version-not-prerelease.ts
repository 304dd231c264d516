import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { PRERELEASE_API_TYPES, apiVersionOfToken, gaVersionOf, prereleaseStage, removalOf, showApiName } from "../lib/api-versions";
import type {} from "../../../src/types/kubernetes/admissionregistration";
import type {} from "../../../src/types/kubernetes/certificates";
import type {} from "../../../src/types/kubernetes/coordination";
import type {} from "../../../src/types/kubernetes/flowcontrol";
import type {} from "../../../src/types/kubernetes/lifecycle";
import type {} from "../../../src/types/kubernetes/networking";
import type {} from "../../../src/types/kubernetes/node";
import type {} from "../../../src/types/kubernetes/rbac";
import type {} from "../../../src/types/kubernetes/resource";
import type {} from "../../../src/types/kubernetes/scheduling";
import type {} from "../../../src/types/kubernetes/storage";
import type {} from "../../../src/types/kubernetes/storagemigration";
import type {} from "../../../src/types/kubernetes/yaml";

const CONFIG_GROUP = "kubernetes:yaml/v2:ConfigGroup";

/** API groups built into Kubernetes: a pre-release version of a CRD's group is its owner's business. */
const BUILT_IN_GROUPS: ReadonlySet<string> = new Set([
    "admissionregistration.k8s.io", "apiextensions.k8s.io", "apiregistration.k8s.io", "apps", "auditregistration.k8s.io",
    "authentication.k8s.io", "authorization.k8s.io", "autoscaling", "batch", "certificates.k8s.io", "coordination.k8s.io",
    "discovery.k8s.io", "events.k8s.io", "extensions", "flowcontrol.apiserver.k8s.io", "internal.apiserver.k8s.io",
    "networking.k8s.io", "node.k8s.io", "policy", "rbac.authorization.k8s.io", "resource.k8s.io", "scheduling.k8s.io",
    "settings.k8s.io", "storage.k8s.io", "storagemigration.k8s.io",
]);

function isBuiltIn(apiVersion: string): boolean {
    const slash = apiVersion.indexOf("/");
    return slash < 0 || BUILT_IN_GROUPS.has(apiVersion.slice(0, slash));
}

export default defineRule({
    id: "k8s-api-version-not-prerelease",
    title: "Resources use GA Kubernetes API versions",
    description:
        "Alpha API versions are off by default, may change incompatibly and can disappear in any release; beta versions are deprecated once the GA version ships and are removed a few releases later. A resource on a pre-release version breaks on upgrade when its GA version already exists. Versions Kubernetes has already removed are reported by k8s-api-version-not-removed instead; pre-release versions of custom resources (CRDs) are not judged.",
    severity: "low",
    service: "kubernetes",
    tags: ["api-versions", "upgrade"],
    remediation:
        "Use the GA version named in the finding (e.g. `networking.k8s.io/v1` ServiceCIDR instead of `v1beta1`, `resource.k8s.io/v1` ResourceClaim instead of `v1beta2`). When no GA version exists yet, make sure the feature gate and `--runtime-config` for the API are enabled on every cluster, and plan the move when it graduates.",
    defaultLevel: "advisory",
    messages: {
        prerelease: "{{kind}} `{{name}}` uses the {{stage}} API {{apiVersion}}; {{ga}} serves the same kind: use it.",
        prereleaseNoGa: "{{kind}} `{{name}}` uses the {{stage}} API {{apiVersion}}, which has no GA version yet: it may change or be removed in any release.",
        prereleaseInline: "ConfigGroup `{{name}}` declares a {{kind}} in the {{stage}} API {{apiVersion}} (objs[{{index}}]){{advice}}.",
    },
    examples: {
        violating: [
            {
                description: "a ServiceCIDR on the beta API although networking.k8s.io/v1 serves it",
                resources: [
                    { type: "kubernetes:networking.k8s.io/v1beta1:ServiceCIDR", name: "extra", props: { metadata: { name: "extra" }, spec: { cidrs: ["10.96.0.0/16"] } } },
                ],
            },
        ],
        compliant: [
            {
                description: "a ConfigGroup whose inline manifests use GA versions",
                resources: [
                    {
                        type: "kubernetes:yaml/v2:ConfigGroup",
                        name: "networking",
                        props: { objs: [{ apiVersion: "networking.k8s.io/v1", kind: "ServiceCIDR", metadata: { name: "extra" }, spec: { cidrs: ["10.96.0.0/16"] } }] },
                    },
                ],
            },
        ],
    },
    resourceType: [...PRERELEASE_API_TYPES, CONFIG_GROUP],
    validate(_props, ctx) {
        const { resource } = ctx;
        if (resource.type === CONFIG_GROUP) {
            listOf(resource.props.objs).forEach((obj, index) => {
                const manifest = recordOf(obj);
                const apiVersion = manifest.apiVersion;
                if (typeof apiVersion !== "string" || !isBuiltIn(apiVersion)) return;
                const stage = prereleaseStage(apiVersion);
                if (!stage) return;
                const kind = manifest.kind;
                if (typeof kind !== "string" || removalOf(apiVersion, kind)) return;
                const ga = gaVersionOf(apiVersion, kind);
                ctx.report({
                    messageId: "prereleaseInline",
                    data: {
                        name: ctx.name,
                        kind: showApiName(kind) ?? "resource",
                        stage,
                        apiVersion: showApiName(apiVersion) ?? "a pre-release version",
                        index: String(index),
                        advice: ga ? `; ${ga} serves the same kind: use it` : ", which has no GA version yet",
                    },
                    propertyPath: propertyPath("objs", index, "apiVersion"),
                });
            });
            return;
        }
        const api = apiVersionOfToken(ctx.type);
        const stage = api && prereleaseStage(api.apiVersion);
        if (!api || !stage) return;
        const ga = gaVersionOf(api.apiVersion, api.kind);
        ctx.report(
            ga
                ? { messageId: "prerelease", data: { kind: api.kind, name: ctx.name, stage, apiVersion: api.apiVersion, ga }, propertyPath: "apiVersion" }
                : { messageId: "prereleaseNoGa", data: { kind: api.kind, name: ctx.name, stage, apiVersion: api.apiVersion }, propertyPath: "apiVersion" },
        );
    },
});
