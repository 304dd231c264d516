import { checkCase, mockResource, type RuleCase, unknown } from "../../../src/testing";
import { container, dotted, onShapes, withContainerContext, workload, type Shape } from "../__tests__/fixtures";
import rule from "./pod-run-as-non-root";

export const cases: RuleCase[] = [
    ...onShapes([
        {
            name: "set nowhere: one problem for all containers",
            spec: { initContainers: [container({}, "init")], containers: [container()] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.runAsNonRoot`, messageIncludes: 'init container "init" and container "app"' }] }),
        },
        {
            name: "container sets false despite the pod",
            spec: { securityContext: { runAsNonRoot: true }, containers: [container({ securityContext: { runAsNonRoot: false } })] },
            expect: (p) => ({ violations: [`${p}.containers[0].securityContext.runAsNonRoot`] }),
        },
        {
            name: "pod sets false, one container overrides, the other inherits: one problem at the pod",
            spec: { securityContext: { runAsNonRoot: false }, containers: [container({ securityContext: { runAsNonRoot: true } }), container({}, "b")] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.runAsNonRoot`, messageIncludes: "the pod's securityContext sets runAsNonRoot: false" }] }),
        },
        {
            name: "pod sets false even though every container sets true (judged where set, as PSA does)",
            spec: { securityContext: { runAsNonRoot: false }, containers: [container({ securityContext: { runAsNonRoot: true } })] },
            expect: (p) => ({ violations: [`${p}.securityContext.runAsNonRoot`] }),
        },
        {
            name: "pod false and a container false: two problems",
            spec: { securityContext: { runAsNonRoot: false }, containers: [container({ securityContext: { runAsNonRoot: false } })] },
            expect: (p) => ({ violations: [`${p}.securityContext.runAsNonRoot`, `${p}.containers[0].securityContext.runAsNonRoot`] }),
        },
        {
            name: "one container sets true, an init container sets nothing, pod unset",
            spec: { initContainers: [container({}, "init")], containers: [container({ securityContext: { runAsNonRoot: true } })] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.runAsNonRoot`, messageIncludes: 'init container "init"' }] }),
        },
        { name: "unknown pod-level value", spec: { securityContext: { runAsNonRoot: unknown("boolean") }, containers: [container({ securityContext: { runAsNonRoot: true } })] }, expect: "skipped" },
        { name: "pod-level true", spec: { securityContext: { runAsNonRoot: true }, containers: [container()] }, expect: "pass" },
        { name: "every container true", spec: withContainerContext({ runAsNonRoot: true }), expect: "pass" },
        { name: "user namespace (hostUsers: false)", spec: { hostUsers: false, containers: [container()] }, expect: "pass" },
        { name: "unknown during preview", spec: withContainerContext({ runAsNonRoot: unknown("boolean") }), expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    ...(["Pod", "Deployment", "CronJob"] as Shape[]).map((shape): RuleCase => ({
        name: `${shape}: remediation sets the pod-level default`,
        resources: workload(shape, { securityContext: { fsGroup: 2000 }, containers: [container()] }),
        expect: { remediated: { [dotted(shape, "securityContext.runAsNonRoot")]: true, [dotted(shape, "securityContext.fsGroup")]: 2000 } },
    })),
    {
        name: "a patch that sets nothing is not reported as missing runAsNonRoot",
        resources: mockResource.untyped("kubernetes:apps/v1:DeploymentPatch", { spec: { template: { spec: { containers: [container()] } } } }, { name: "web" }),
        expect: "pass",
    },
    {
        name: "a patch that sets false is reported",
        resources: mockResource.untyped("kubernetes:apps/v1:DeploymentPatch", { spec: { template: { spec: { securityContext: { runAsNonRoot: false }, containers: [container()] } } } }, { name: "web" }),
        expect: { violations: ["spec.template.spec.securityContext.runAsNonRoot"] },
    },
    {
        name: "remediation does not overwrite an explicit false",
        resources: workload("Pod", { securityContext: { runAsNonRoot: false }, containers: [container()] }),
        options: { level: "remediate" },
        expect: { violations: ["spec.securityContext.runAsNonRoot"] },
    },
];

// Policy versions (lib/pss.ts, check_runAsNonRoot.go): hostUsers: false relaxes the check from v1.35.
cases.push({
    name: "user namespace under policy v1.34 is not relaxed",
    resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { hostUsers: false, containers: [container()] } }, { name: "p" }),
    options: { config: { "k8s-pod-run-as-non-root": { pssVersion: "v1.34" } } },
    expect: { violations: ["spec.securityContext.runAsNonRoot"] },
});

test.each(cases)("$name", (c) => checkCase(rule, c));
