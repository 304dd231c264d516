import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { REMOVED_API_TYPES, apiVersionOfToken, removalOf, showApiName } from "../lib/api-versions";
import type {} from "../../../src/types/kubernetes/admissionregistration";
import type {} from "../../../src/types/kubernetes/apiextensions";
import type {} from "../../../src/types/kubernetes/apiregistration";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/auditregistration";
import type {} from "../../../src/types/kubernetes/autoscaling";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/certificates";
import type {} from "../../../src/types/kubernetes/coordination";
import type {} from "../../../src/types/kubernetes/discovery";
import type {} from "../../../src/types/kubernetes/events";
import type {} from "../../../src/types/kubernetes/extensions";
import type {} from "../../../src/types/kubernetes/flowcontrol";
import type {} from "../../../src/types/kubernetes/networking";
import type {} from "../../../src/types/kubernetes/node";
import type {} from "../../../src/types/kubernetes/policy";
import type {} from "../../../src/types/kubernetes/rbac";
import type {} from "../../../src/types/kubernetes/scheduling";
import type {} from "../../../src/types/kubernetes/settings";
import type {} from "../../../src/types/kubernetes/storage";
import type {} from "../../../src/types/kubernetes/yaml";

const CONFIG_GROUP = "kubernetes:yaml/v2:ConfigGroup";

/** The minor a `targetVersion` setting stands for; "latest" (or unset) judges every known removal. */
function targetMinor(version: unknown): number {
    const match = typeof version === "string" ? /^v1\.(\d+)$/.exec(version) : null;
    return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

export default defineRule({
    id: "k8s-api-version-not-removed",
    title: "Resources do not use API versions Kubernetes has removed",
    description:
        "An API version that Kubernetes no longer serves (extensions/v1beta1 Deployments, networking.k8s.io/v1beta1 Ingresses, batch/v1beta1 CronJobs, policy/v1beta1, ...) fails to apply on a current cluster and blocks cluster upgrades; the removed versions also lack fields and defaults the GA versions added for safety. Inline manifests of a yaml/v2 ConfigGroup (`objs`) are judged too; YAML text and files are not parsed.",
    severity: "high",
    service: "kubernetes",
    tags: ["api-versions", "upgrade", "reliability"],
    remediation:
        "Move the resource to the replacement version named in the finding (e.g. `new k8s.apps.v1.Deployment` instead of `extensions.v1beta1.Deployment`, `networking.k8s.io/v1` Ingress with `pathType` and `backend.service`), following the field changes listed in the Kubernetes Deprecated API Migration Guide. Set `targetVersion` to your oldest cluster (\"v1.N\") to report only versions removed by then.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            targetVersion: {
                type: "string",
                pattern: "^(latest|v1\\.[0-9]+)$",
                description: 'Kubernetes release the resources must run on: "latest" (every known removal) or "v1.<minor>" (only versions removed in or before it).',
            },
        },
    },
    configDefaults: { targetVersion: "latest" },
    messages: {
        removed: "{{kind}} `{{name}}` uses {{apiVersion}}, which Kubernetes removed in v1.{{minor}}: use {{useInstead}}.",
        removedInline: "ConfigGroup `{{name}}` declares a {{kind}} in {{apiVersion}} (objs[{{index}}]), which Kubernetes removed in v1.{{minor}}: use {{useInstead}}.",
    },
    examples: {
        violating: [
            {
                description: "an Ingress of the removed networking.k8s.io/v1beta1 API",
                resources: [
                    {
                        type: "kubernetes:networking.k8s.io/v1beta1:Ingress",
                        name: "shop",
                        props: {
                            metadata: { name: "shop", namespace: "shop" },
                            spec: { rules: [{ host: "shop.example.com", http: { paths: [{ path: "/", backend: { serviceName: "web", servicePort: 80 } }] } }] },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a ConfigGroup whose inline manifests use GA versions",
                resources: [
                    {
                        type: "kubernetes:yaml/v2:ConfigGroup",
                        name: "shop",
                        props: {
                            objs: [
                                { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" } },
                                { apiVersion: "networking.k8s.io/v1", kind: "Ingress", metadata: { name: "shop" } },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...REMOVED_API_TYPES, CONFIG_GROUP],
    validate(_props, ctx) {
        const target = targetMinor(ctx.config.targetVersion);
        const { resource } = ctx;
        if (resource.type === CONFIG_GROUP) {
            listOf(resource.props.objs).forEach((obj, index) => {
                const manifest = recordOf(obj);
                const apiVersion = manifest.apiVersion;
                const kind = manifest.kind;
                if (typeof apiVersion !== "string" || typeof kind !== "string") return;
                const removal = removalOf(apiVersion, kind);
                if (!removal || removal.removedIn > target) return;
                ctx.report({
                    messageId: "removedInline",
                    data: {
                        name: ctx.name,
                        kind: showApiName(kind) ?? "resource",
                        apiVersion: showApiName(apiVersion) ?? "a removed API version",
                        index: String(index),
                        minor: String(removal.removedIn),
                        useInstead: removal.useInstead,
                    },
                    propertyPath: propertyPath("objs", index, "apiVersion"),
                });
            });
            return;
        }
        const api = apiVersionOfToken(ctx.type);
        const removal = api && removalOf(api.apiVersion, api.kind);
        if (!api || !removal || removal.removedIn > target) return;
        ctx.report({
            messageId: "removed",
            data: { kind: api.kind, name: ctx.name, apiVersion: api.apiVersion, minor: String(removal.removedIn), useInstead: removal.useInstead },
            propertyPath: "apiVersion",
        });
    },
});
