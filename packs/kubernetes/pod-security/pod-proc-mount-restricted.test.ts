import { checkCase, mockResource, type RuleCase, unknown } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./pod-proc-mount-restricted";

export const cases: RuleCase[] = [
    ...onShapes([
        {
            name: "Unmasked in a user namespace",
            spec: { hostUsers: false, containers: [container({ securityContext: { procMount: "Unmasked" } })] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].securityContext.procMount`, messageIncludes: '"Unmasked"' }] }),
        },
        {
            name: "Unmasked on an ephemeral container",
            spec: { containers: [container()], ephemeralContainers: [container({ securityContext: { procMount: "Unmasked" } }, "debug")] },
            expect: (p) => ({ violations: [`${p}.ephemeralContainers[0].securityContext.procMount`] }),
        },
        { name: "Default", spec: { hostUsers: false, containers: [container({ securityContext: { procMount: "Default" } })] }, expect: "pass" },
        { name: "not set", spec: { containers: [container()] }, expect: "pass" },
        { name: "unknown during preview", spec: withContainerContext({ procMount: unknown() }), expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    {
        name: "policy v1.34: judged the same (Baseline's check then had no relaxation either)",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { hostUsers: false, containers: [container({ securityContext: { procMount: "Unmasked" } })] } }, { name: "p" }),
        options: { config: { "k8s-pod-proc-mount-restricted": { pssVersion: "v1.34" } } },
        expect: { violations: ["spec.containers[0].securityContext.procMount"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
