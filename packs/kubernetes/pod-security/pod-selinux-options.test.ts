import { checkCase, mockResource, type RuleCase, unknown } from "../../../src/testing";
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
        name: "pod options are judged even when the container sets its own (as PSA does)",
        spec: { securityContext: { seLinuxOptions: { type: "spc_t" } }, containers: [container({ securityContext: { seLinuxOptions: { level: "s0:c1,c2" } } })] },
        expect: (p) => ({ violations: [`${p}.securityContext.seLinuxOptions`] }),
    },
    { name: "not set", spec: { containers: [container()] }, expect: "pass" },
    { name: "type unknown during preview", spec: withContainerContext({ seLinuxOptions: { type: unknown() } }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

// Policy versions (lib/pss.ts, check_seLinuxOptions.go): container_engine_t is allowed from v1.31.
cases.push(
    {
        name: "container_engine_t under the latest policy",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { securityContext: { seLinuxOptions: { type: "container_engine_t" } }, containers: [container()] } }, { name: "p" }),
        expect: "pass",
    },
    {
        name: "container_engine_t under policy v1.30",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { securityContext: { seLinuxOptions: { type: "container_engine_t" } }, containers: [container()] } }, { name: "p" }),
        options: { config: { "k8s-pod-selinux-options": { pssVersion: "v1.30" } } },
        expect: { violations: ["spec.securityContext.seLinuxOptions"] },
    },
);

test.each(cases)("$name", (c) => checkCase(rule, c));
