import { checkCase, mockResource, type RuleCase, unknown } from "../../../src/testing";
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
    {
        name: "pod runs as 0 even though the container overrides (judged where set, as PSA does)",
        spec: { securityContext: { runAsUser: 0 }, containers: [container({ securityContext: { runAsUser: 1000 } })] },
        expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.runAsUser`, messageIncludes: "the pod's securityContext sets runAsUser: 0" }] }),
    },
    {
        name: "pod and a container both set 0: two problems",
        spec: { securityContext: { runAsUser: 0 }, containers: [container({ securityContext: { runAsUser: 0 } })] },
        expect: (p) => ({ violations: [`${p}.securityContext.runAsUser`, `${p}.containers[0].securityContext.runAsUser`] }),
    },
    { name: "unknown pod-level user", spec: { securityContext: { runAsUser: unknown("number") }, containers: [container({ securityContext: { runAsUser: 1000 } })] }, expect: "skipped" },
    { name: "non-zero user", spec: withContainerContext({ runAsUser: 10001 }), expect: "pass" },
    { name: "not set", spec: { containers: [container()] }, expect: "pass" },
    { name: "user namespace (hostUsers: false)", spec: { hostUsers: false, securityContext: { runAsUser: 0 }, containers: [container()] }, expect: "pass" },
    { name: "unknown during preview", spec: withContainerContext({ runAsUser: unknown("number") }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

// Policy versions (lib/pss.ts, check_runAsUser.go): hostUsers: false relaxes the check from v1.35.
cases.push({
    name: "user namespace under policy v1.34 is not relaxed",
    resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { hostUsers: false, securityContext: { runAsUser: 0 }, containers: [container()] } }, { name: "p" }),
    options: { config: { "k8s-pod-no-root-user": { pssVersion: "v1.34" } } },
    expect: { violations: ["spec.securityContext.runAsUser"] },
});

test.each(cases)("$name", (c) => checkCase(rule, c));
