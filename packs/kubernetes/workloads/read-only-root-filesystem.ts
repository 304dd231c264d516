import { defineRule, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";

export default defineRule({
    id: "k8s-container-read-only-root-filesystem",
    title: "Containers have a read-only root filesystem",
    description:
        "A writable root filesystem lets an intruder drop tools or change the application's own files; with it read-only, writes go only to the volumes you mount for them.",
    severity: "low",
    service: "kubernetes",
    tags: ["hygiene", "pod-security"],
    remediation: "Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir where the program needs to write (e.g. /tmp).",
    defaultLevel: "advisory",
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        // Ephemeral (debug) containers are short-lived and often need to write.
        for (const c of containersOf(pod, ["initContainers", "containers"])) {
            if (recordOf(c.container.securityContext).readOnlyRootFilesystem !== true) {
                ctx.report({
                    message: `${resourceLabel(ctx.type, ctx.name)} gives ${c.label} a writable root filesystem.`,
                    propertyPath: `${c.path}.securityContext.readOnlyRootFilesystem`,
                });
            }
        }
    },
});
