import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./pod-capabilities-baseline";

export const cases: RuleCase[] = onShapes([
    {
        name: "adds SYS_ADMIN and NET_RAW",
        spec: withContainerContext({ capabilities: { add: ["NET_BIND_SERVICE", "SYS_ADMIN", "NET_RAW"] } }),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].securityContext.capabilities.add`, messageIncludes: '"SYS_ADMIN", "NET_RAW"' }] }),
    },
    {
        name: "ephemeral container adds SYS_PTRACE",
        spec: { containers: [container()], ephemeralContainers: [container({ securityContext: { capabilities: { add: ["SYS_PTRACE"] } } }, "debug")] },
        expect: (p) => ({ violations: [`${p}.ephemeralContainers[0].securityContext.capabilities.add`] }),
    },
    { name: "adds only default capabilities", spec: withContainerContext({ capabilities: { add: ["NET_BIND_SERVICE", "CHOWN"], drop: ["ALL"] } }), expect: "pass" },
    { name: "drops only", spec: withContainerContext({ capabilities: { drop: ["ALL"] } }), expect: "pass" },
    { name: "no capabilities", spec: { containers: [container()] }, expect: "pass" },
    { name: "added list unknown during preview", spec: withContainerContext({ capabilities: { add: unknown("array") } }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
