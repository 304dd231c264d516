import { defineRule, listOf, propertyPath } from "../../../src";
import { containersOf, describeContainers, isWindowsPod, podSpecOf, POD_SPEC_TYPES, resourceLabel, usesUserNamespace } from "../lib/pod-spec";
import { containersNotSetting, podSecurityContext, settersOf } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

const deploymentWith = (securityContext: Record<string, unknown>) => ({
    metadata: { labels: { app: "web" } },
    spec: {
        replicas: 2,
        selector: { matchLabels: { app: "web" } },
        template: { metadata: { labels: { app: "web" } }, spec: { securityContext, containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] } },
    },
});

export default defineRule({
    id: "k8s-pod-non-root-groups",
    title: "Pods do not run with the root group",
    description:
        "A process in group 0 can read and write every file the root group owns: on a shared volume, a host path or after a container escape, that is often as much as root itself. runAsGroup: 0, fsGroup: 0 and a 0 in supplementalGroups each put the pod's processes or files in the root group. An unset runAsGroup is reported too (deliberately, as kube-score and Kubescape do, stricter than Trivy): the process then gets the image's primary group, which for most images is root. Windows pods, which have no GIDs, and pods in their own user namespace (hostUsers: false), where GID 0 is not the node's root group, are not judged.",
    severity: "medium",
    service: "kubernetes",
    tags: ["pod-security", "hygiene"],
    remediation:
        "Set `securityContext.runAsGroup` on the pod (or every container) to a non-zero GID such as 10001, set `fsGroup` to a non-zero GID or leave it out, and remove 0 from `supplementalGroups`.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requireRunAsGroup: { type: "boolean", description: "Report containers whose runAsGroup is set nowhere (the image's group then applies)." },
            minRunAsGroup: {
                type: "integer",
                description: "Lowest GID a runAsGroup may have (e.g. 10000, as kube-score asks, to stay clear of the node's own groups); 0 checks only for the root group.",
            },
        },
    },
    configDefaults: { requireRunAsGroup: true, minRunAsGroup: 0 },
    messages: {
        rootGroup: "{{resource}} runs in the root group: {{who}} sets runAsGroup: 0.",
        lowGroup: "{{resource}} runs with a low group ID: {{who}} sets runAsGroup below {{min}}.",
        unsetGroup: "{{resource}} sets no runAsGroup for {{containers}}, so they run with the image's group, often root.",
        rootFsGroup: "{{resource}} sets fsGroup: 0, so its volumes are owned by the root group.",
        rootSupplementalGroup: "{{resource}} adds the root group (0) to supplementalGroups.",
    },
    examples: {
        violating: [
            { description: "a pod running with the root group", resources: [{ type: "kubernetes:apps/v1:Deployment", name: "web", props: deploymentWith({ runAsUser: 10001, runAsGroup: 0 }) }] },
            { description: "fsGroup 0", resources: [{ type: "kubernetes:apps/v1:Deployment", name: "web", props: deploymentWith({ runAsUser: 10001, runAsGroup: 10001, fsGroup: 0 }) }] },
        ],
        compliant: [
            {
                description: "non-zero primary, fs and supplemental groups",
                resources: [{ type: "kubernetes:apps/v1:Deployment", name: "web", props: deploymentWith({ runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, supplementalGroups: [10002] }) }],
            },
        ],
    },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        if (isWindowsPod(pod) || usesUserNamespace(pod)) return;
        const resource = resourceLabel(ctx.type, ctx.name);
        const containers = containersOf(pod);
        const min = ctx.config.minRunAsGroup;

        // runAsGroup: judged wherever it is set (a pod-level 0 is a problem even when containers
        // override it: a container added later inherits it).
        const setters = settersOf(pod, containers, ["runAsGroup"]);
        for (const s of setters) {
            if (s.value === 0) ctx.report({ messageId: "rootGroup", data: { resource, who: s.who }, propertyPath: s.path });
            else if (typeof s.value === "number" && min > 0 && s.value < min) {
                ctx.report({ messageId: "lowGroup", data: { resource, who: s.who, min: String(min) }, propertyPath: s.path });
            }
        }
        // Unset everywhere: one problem, at the pod-level field that would fix it. A patch that
        // does not name runAsGroup leaves it as it is.
        if (ctx.config.requireRunAsGroup && !pod.partial && !setters.some((s) => s.container === undefined)) {
            const unset = containersNotSetting(containers, ["runAsGroup"]);
            if (unset.length > 0) {
                ctx.report({ messageId: "unsetGroup", data: { resource, containers: describeContainers(unset) }, propertyPath: propertyPath(pod.path, "securityContext", "runAsGroup") });
            }
        }

        const context = podSecurityContext(pod);
        if (context.fsGroup === 0) ctx.report({ messageId: "rootFsGroup", data: { resource }, propertyPath: propertyPath(pod.path, "securityContext", "fsGroup") });
        listOf(context.supplementalGroups).forEach((gid, index) => {
            if (gid === 0) {
                ctx.report({ messageId: "rootSupplementalGroup", data: { resource }, propertyPath: propertyPath(pod.path, "securityContext", "supplementalGroups", index) });
            }
        });
    },
});
