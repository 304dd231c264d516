import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./pod-selinux-options";

export const cases: RuleCase[] = onShapes([
    {
        name: "spc_t type on a container",
        spec: withContainerContext({ seLinuxOptions: { type: "spc_t" } }),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].securityContext.seLinuxOptions`, messageIncludes: '"spc_t"' }] }),
    },
    {
        name: "pod-level user and role",
        spec: { securityContext: { seLinuxOptions: { user: "system_u", role: "system_r" } }, containers: [container()] },
        expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.seLinuxOptions`, messageIncludes: "a custom user and a custom role" }] }),
    },
    { name: "container_t with a level", spec: withContainerContext({ seLinuxOptions: { type: "container_t", level: "s0:c123,c456" } }), expect: "pass" },
    {
        name: "container options replace the pod's as a whole",
        spec: { securityContext: { seLinuxOptions: { type: "spc_t" } }, containers: [container({ securityContext: { seLinuxOptions: { level: "s0:c1,c2" } } })] },
        expect: "pass",
    },
    { name: "not set", spec: { containers: [container()] }, expect: "pass" },
    { name: "type unknown during preview", spec: withContainerContext({ seLinuxOptions: { type: unknown() } }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
