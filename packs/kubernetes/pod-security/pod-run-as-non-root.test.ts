import { checkCase, unknown, type RuleCase } from "../../../src/testing";
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
            name: "pod sets false, one container overrides, the other inherits",
            spec: { securityContext: { runAsNonRoot: false }, containers: [container({ securityContext: { runAsNonRoot: true } }), container({}, "b")] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.runAsNonRoot`, messageIncludes: 'container "b"' }] }),
        },
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
        name: "remediation does not overwrite an explicit false",
        resources: workload("Pod", { securityContext: { runAsNonRoot: false }, containers: [container()] }),
        options: { level: "remediate" },
        expect: { violations: ["spec.securityContext.runAsNonRoot"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
