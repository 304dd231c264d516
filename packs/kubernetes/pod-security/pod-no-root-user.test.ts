import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./pod-no-root-user";

export const cases: RuleCase[] = onShapes([
    {
        name: "container runs as 0",
        spec: withContainerContext({ runAsUser: 0 }),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].securityContext.runAsUser`, messageIncludes: "runAsUser: 0" }] }),
    },
    {
        name: "pod runs as 0, inherited",
        spec: { securityContext: { runAsUser: 0 }, containers: [container()] },
        expect: (p) => ({ violations: [`${p}.securityContext.runAsUser`] }),
    },
    { name: "pod runs as 0 but the container overrides", spec: { securityContext: { runAsUser: 0 }, containers: [container({ securityContext: { runAsUser: 1000 } })] }, expect: "pass" },
    { name: "non-zero user", spec: withContainerContext({ runAsUser: 10001 }), expect: "pass" },
    { name: "not set", spec: { containers: [container()] }, expect: "pass" },
    { name: "user namespace (hostUsers: false)", spec: { hostUsers: false, securityContext: { runAsUser: 0 }, containers: [container()] }, expect: "pass" },
    { name: "unknown during preview", spec: withContainerContext({ runAsUser: unknown("number") }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
