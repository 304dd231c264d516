import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./privileged";

const cases: RuleCase[] = onShapes([
    {
        name: "privileged container",
        spec: withContainerContext({ privileged: true }),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].securityContext.privileged`, messageIncludes: 'container "app"' }] }),
    },
    {
        name: "privileged init and ephemeral containers",
        spec: {
            initContainers: [container({ securityContext: { privileged: true } }, "setup")],
            containers: [container()],
            ephemeralContainers: [container({ securityContext: { privileged: true } }, "debug")],
        },
        expect: (p) => ({
            violations: [`${p}.initContainers[0].securityContext.privileged`, `${p}.ephemeralContainers[0].securityContext.privileged`],
        }),
    },
    { name: "privileged false", spec: withContainerContext({ privileged: false }), expect: "pass" },
    { name: "no security context", spec: { containers: [container()] }, expect: "pass" },
    { name: "privileged unknown during preview", spec: withContainerContext({ privileged: unknown("boolean") }), expect: "skipped" },
    { name: "an unknown image does not stop the check", spec: { containers: [{ name: "app", image: unknown(), securityContext: { privileged: true } }] }, expect: (p) => ({ violations: [`${p}.containers[0].securityContext.privileged`] }) },
], ["Pod", "Deployment", "CronJob", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
