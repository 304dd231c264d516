import { checkCase, mockResource, type RuleCase, unknown } from "../../../src/testing";
import { container, dotted, onShapes, withContainerContext, workload, type Shape } from "../__tests__/fixtures";
import rule from "./pod-seccomp-required";

export const cases: RuleCase[] = [
    ...onShapes([
        {
            name: "set nowhere",
            spec: { containers: [container()] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.seccompProfile`, messageIncludes: "no seccomp profile" }] }),
        },
        {
            name: "container Unconfined",
            spec: { securityContext: { seccompProfile: { type: "RuntimeDefault" } }, containers: [container({ securityContext: { seccompProfile: { type: "Unconfined" } } })] },
            expect: (p) => ({ violations: [`${p}.containers[0].securityContext.seccompProfile`] }),
        },
        {
            name: "one container sets it, the other does not",
            spec: { containers: [container({ securityContext: { seccompProfile: { type: "Localhost", localhostProfile: "p.json" } } }), container({}, "b")] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.seccompProfile`, messageIncludes: 'container "b"' }] }),
        },
        {
            name: "pod Unconfined even though every container sets RuntimeDefault (judged where set, as PSA does)",
            spec: { securityContext: { seccompProfile: { type: "Unconfined" } }, containers: [container({ securityContext: { seccompProfile: { type: "RuntimeDefault" } } })] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.seccompProfile`, messageIncludes: "the pod's securityContext" }] }),
        },
        {
            name: "pod Unconfined and a container inherits: one problem at the pod",
            spec: { securityContext: { seccompProfile: { type: "Unconfined" } }, containers: [container()] },
            expect: (p) => ({ violations: [`${p}.securityContext.seccompProfile`] }),
        },
        { name: "unknown container profile", spec: { securityContext: { seccompProfile: { type: "RuntimeDefault" } }, containers: [container({ securityContext: { seccompProfile: unknown("object") } })] }, expect: "skipped" },
        { name: "pod RuntimeDefault", spec: { securityContext: { seccompProfile: { type: "RuntimeDefault" } }, containers: [container()] }, expect: "pass" },
        { name: "every container Localhost", spec: withContainerContext({ seccompProfile: { type: "Localhost", localhostProfile: "p.json" } }), expect: "pass" },
        { name: "Windows pods are exempt", spec: { os: { name: "windows" }, containers: [container()] }, expect: "pass" },
        { name: "unknown during preview", spec: { securityContext: { seccompProfile: unknown("object") }, containers: [container()] }, expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    ...(["Pod", "Deployment", "CronJob"] as Shape[]).map((shape): RuleCase => ({
        name: `${shape}: remediation sets RuntimeDefault on the pod`,
        resources: workload(shape, { containers: [container()] }),
        expect: { remediated: { [dotted(shape, "securityContext.seccompProfile.type")]: "RuntimeDefault" } },
    })),
    {
        name: "a patch that sets no profile is not reported as missing one",
        resources: mockResource.untyped("kubernetes:core/v1:PodPatch", { spec: { containers: [container()] } }, { name: "web" }),
        expect: "pass",
    },
    {
        name: "remediation does not overwrite an explicit Unconfined",
        resources: workload("Deployment", { securityContext: { seccompProfile: { type: "Unconfined" } }, containers: [container()] }),
        options: { level: "remediate" },
        expect: { violations: ["spec.template.spec.securityContext.seccompProfile"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
