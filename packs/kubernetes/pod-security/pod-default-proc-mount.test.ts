import { checkCase, mockResource, type RuleCase, unknown } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./pod-default-proc-mount";

const unmaskedInUserNamespace = { hostUsers: false, containers: [container({ securityContext: { procMount: "Unmasked" } })] };

export const cases: RuleCase[] = [
    ...onShapes([
    {
        name: "Unmasked",
        spec: withContainerContext({ procMount: "Unmasked" }),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].securityContext.procMount`, messageIncludes: '"Unmasked"' }] }),
    },
    {
        name: "Unmasked on an init container",
        spec: { initContainers: [container({ securityContext: { procMount: "Unmasked" } }, "init")], containers: [container()] },
        expect: (p) => ({ violations: [`${p}.initContainers[0].securityContext.procMount`] }),
    },
    { name: "Default", spec: withContainerContext({ procMount: "Default" }), expect: "pass" },
    { name: "not set", spec: { containers: [container()] }, expect: "pass" },
    { name: "unknown during preview", spec: withContainerContext({ procMount: unknown() }), expect: "skipped" },
    { name: "Unmasked in a user namespace (allowed from policy v1.35)", spec: unmaskedInUserNamespace, expect: "pass" },
    { name: "hostUsers unknown", spec: { hostUsers: unknown("boolean"), containers: [container({ securityContext: { procMount: "Unmasked" } })] }, expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    {
        name: "policy v1.34: Unmasked in a user namespace is still a violation",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: unmaskedInUserNamespace }, { name: "p" }),
        options: { config: { "k8s-pod-default-proc-mount": { pssVersion: "v1.34" } } },
        expect: { violations: ["spec.containers[0].securityContext.procMount"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
