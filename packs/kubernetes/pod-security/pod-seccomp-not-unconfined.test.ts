import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./pod-seccomp-not-unconfined";

export const cases: RuleCase[] = onShapes([
    {
        name: "container Unconfined",
        spec: withContainerContext({ seccompProfile: { type: "Unconfined" } }),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].securityContext.seccompProfile`, messageIncludes: '"Unconfined"' }] }),
    },
    {
        name: "pod Unconfined, one container overrides, one inherits",
        spec: {
            securityContext: { seccompProfile: { type: "Unconfined" } },
            containers: [container({ securityContext: { seccompProfile: { type: "RuntimeDefault" } } }, "safe"), container({}, "loose")],
        },
        expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.seccompProfile`, messageIncludes: "the pod's securityContext" }] }),
    },
    { name: "pod RuntimeDefault", spec: { securityContext: { seccompProfile: { type: "RuntimeDefault" } }, containers: [container()] }, expect: "pass" },
    { name: "not set (allowed by Baseline)", spec: { containers: [container()] }, expect: "pass" },
    { name: "type unknown during preview", spec: withContainerContext({ seccompProfile: { type: unknown() } }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
