import { checkCase, mockResource, type RuleCase, unknown } from "../../../src/testing";
import { container, dotted, onShapes, withContainerContext, workload, type Shape } from "../__tests__/fixtures";
import rule from "./pod-no-privilege-escalation";

export const cases: RuleCase[] = [
    ...onShapes([
        {
            name: "explicitly allowed",
            spec: withContainerContext({ allowPrivilegeEscalation: true }),
            expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].securityContext.allowPrivilegeEscalation`, messageIncludes: "allows" }] }),
        },
        {
            name: "not set on an init container",
            spec: { initContainers: [container({}, "init")], containers: [container({ securityContext: { allowPrivilegeEscalation: false } })] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.initContainers[0].securityContext.allowPrivilegeEscalation`, messageIncludes: "does not forbid" }] }),
        },
        { name: "false everywhere", spec: withContainerContext({ allowPrivilegeEscalation: false }), expect: "pass" },
        { name: "Windows pods are exempt", spec: { os: { name: "windows" }, containers: [container()] }, expect: "pass" },
        { name: "unknown during preview", spec: withContainerContext({ allowPrivilegeEscalation: unknown("boolean") }), expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    ...(["Pod", "Deployment", "CronJob"] as Shape[]).flatMap((shape): RuleCase[] => [
        {
            name: `${shape}: remediation sets false, keeping the rest of the security context`,
            resources: workload(shape, { containers: [container({ securityContext: { runAsUser: 1000 } }), container({}, "sidecar")] }),
            expect: {
                remediated: {
                    [dotted(shape, "containers[0].securityContext.allowPrivilegeEscalation")]: false,
                    [dotted(shape, "containers[0].securityContext.runAsUser")]: 1000,
                    [dotted(shape, "containers[1].securityContext.allowPrivilegeEscalation")]: false,
                },
            },
        },
    ]),
    {
        name: "remediation leaves a privileged container alone (Kubernetes would reject the combination)",
        resources: workload("Pod", withContainerContext({ privileged: true })),
        options: { level: "remediate" },
        expect: { violations: ["spec.containers[0].securityContext.allowPrivilegeEscalation"] },
    },
];

// A Patch kind sets only what it names: an absent allowPrivilegeEscalation is not a missing one.
cases.push(
    { name: "a patch without allowPrivilegeEscalation is not reported", resources: mockResource.untyped("kubernetes:core/v1:PodPatch", { spec: { containers: [container()] } }, { name: "p" }), expect: "pass" },
    {
        name: "a patch allowing escalation is reported",
        resources: mockResource.untyped("kubernetes:core/v1:PodPatch", { spec: { containers: [container({ securityContext: { allowPrivilegeEscalation: true } })] } }, { name: "p" }),
        expect: { violations: ["spec.containers[0].securityContext.allowPrivilegeEscalation"] },
    },
);

test.each(cases)("$name", (c) => checkCase(rule, c));
