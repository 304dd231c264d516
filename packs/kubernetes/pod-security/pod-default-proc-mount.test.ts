import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./pod-default-proc-mount";

export const cases: RuleCase[] = onShapes([
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
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
