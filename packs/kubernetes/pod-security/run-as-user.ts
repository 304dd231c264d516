import { defineRule } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel, usesUserNamespace } from "../lib/pod-spec";
import { PSS_RESTRICTED, restrictedControl } from "../lib/pss";
import { effectiveSetting, reportBySource } from "../lib/security-context";

export default defineRule({
    id: "k8s-pod-no-root-user",
    title: "Containers do not run as UID 0",
    description:
        "runAsUser: 0 runs the container's processes as root, so any escape from the container starts with root's power on the node. Pod Security Standards Restricted forbids it.",
    severity: "medium",
    service: "kubernetes",
    frameworks: restrictedControl("Running as Non-root user", ["5.2.7"]),
    tags: [PSS_RESTRICTED, "pod-security"],
    remediation: "Set `runAsUser` to a non-zero UID (for example 10001) or remove it and build the image with a non-root USER.",
    defaultLevel: "advisory",
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod || usesUserNamespace(pod)) return;
        const offenders = containersOf(pod)
            .map((container) => ({ container, setting: effectiveSetting(pod, container, ["runAsUser"]) }))
            .filter((o) => o.setting.value === 0);
        reportBySource(ctx, offenders, ({ who }) => `${resourceLabel(ctx.type, ctx.name)} runs as root: ${who} sets runAsUser: 0.`);
    },
});
