import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes, withContainerContext, type Shape } from "../__tests__/fixtures";
import rule from "./pod-no-privileged-containers";

/** How the rule names the workload of each shape (its default name is the shape in lower case). */
const label = (shape: Shape) => `${shape} \`${shape.toLowerCase()}\``;

export const cases: RuleCase[] = onShapes([
    {
        name: "privileged container",
        spec: withContainerContext({ privileged: true }),
        expect: (p, shape) => ({ violations: [{ messageId: "privileged", data: { resource: label(shape), container: 'container "app"' }, propertyPath: `${p}.containers[0].securityContext.privileged` }] }),
    },
    {
        name: "privileged init and ephemeral containers",
        spec: {
            initContainers: [container({ securityContext: { privileged: true } }, "setup")],
            containers: [container()],
            ephemeralContainers: [container({ securityContext: { privileged: true } }, "debug")],
        },
        expect: (p, shape) => ({
            violations: [
                { messageId: "privileged", data: { resource: label(shape), container: 'init container "setup"' }, propertyPath: `${p}.initContainers[0].securityContext.privileged` },
                { messageId: "privileged", data: { resource: label(shape), container: 'ephemeral container "debug"' }, propertyPath: `${p}.ephemeralContainers[0].securityContext.privileged` },
            ],
        }),
    },
    { name: "privileged false", spec: withContainerContext({ privileged: false }), expect: "pass" },
    { name: "no security context", spec: { containers: [container()] }, expect: "pass" },
    { name: "privileged unknown during preview", spec: withContainerContext({ privileged: unknown("boolean") }), expect: "skipped" },
    { name: "an unknown image does not stop the check", spec: { containers: [{ name: "app", image: unknown(), securityContext: { privileged: true } }] }, expect: (p) => ({ violations: [`${p}.containers[0].securityContext.privileged`] }) },
], ["Pod", "Deployment", "CronJob", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
