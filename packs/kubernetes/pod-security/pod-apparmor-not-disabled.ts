import { defineRule, propertyPath, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import { baselineControl, CONFINED_PROFILE_TYPES, PSS_BASELINE, PSS_VERSION_PROPERTY, showToken } from "../lib/pss";
import { reportSetters, settersOf } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

/** The beta annotation that selected a container's AppArmor profile before the field existed. */
const ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

function annotationAllowed(value: unknown): boolean {
    return value === undefined || value === null || value === "" || value === "runtime/default" || (typeof value === "string" && value.startsWith("localhost/"));
}

export default defineRule({
    id: "k8s-pod-apparmor-not-disabled",
    title: "AppArmor is not disabled",
    description:
        "On nodes with AppArmor, containers get the runtime's default profile, which blocks many kernel attack paths. Pod Security Standards Baseline forbids turning it off (Unconfined) or overriding it with anything but a node-local profile.",
    severity: "high",
    service: "kubernetes",
    frameworks: baselineControl("AppArmor"),
    tags: [PSS_BASELINE, "pod-security"],
    remediation:
        'Remove the AppArmor override, or set `securityContext.appArmorProfile: { type: "RuntimeDefault" }` (or a Localhost profile); remove `container.apparmor.security.beta.kubernetes.io/*` annotations set to "unconfined".',
    defaultLevel: "mandatory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "AppArmor switched off for a container",
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
                                            { name: "web", image: "ghcr.io/acme/web:1.4.2", securityContext: { appArmorProfile: { type: "Unconfined" } } },
                                        ],
                                    },
                                },
                            },
                        },
                    },
                ],
            },
            {
                description: "AppArmor switched off through the beta annotation",
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
                                    metadata: { annotations: { "container.apparmor.security.beta.kubernetes.io/web": "unconfined" }, labels: { app: "web" } },
                                    spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] },
                                },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the runtime's default AppArmor profile",
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
                                            { name: "web", image: "ghcr.io/acme/web:1.4.2", securityContext: { appArmorProfile: { type: "RuntimeDefault" } } },
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
        const label = resourceLabel(ctx.type, ctx.name);
        // Each setter is judged on its own, as Pod Security Admission does (check_appArmorProfile.go).
        const setters = settersOf(pod, containersOf(pod), ["appArmorProfile"]).filter((s) => !CONFINED_PROFILE_TYPES.has(recordOf(s.value).type as string));
        reportSetters(ctx, setters, ({ who, value }) => `${label} sets AppArmor profile type ${showToken(recordOf(value).type)} for ${who}.`);

        const annotations = recordOf(pod.metadata().annotations);
        for (const key of Object.keys(annotations)) {
            if (!key.startsWith(ANNOTATION_PREFIX)) continue;
            const value = annotations[key];
            if (annotationAllowed(value)) continue;
            ctx.report({
                message: `${label} overrides a container's AppArmor profile with ${value === "unconfined" ? '"unconfined"' : "a profile that is not runtime/default or localhost/*"} through an annotation.`,
                propertyPath: propertyPath(pod.metadataPath, "annotations"),
            });
        }
    },
});
