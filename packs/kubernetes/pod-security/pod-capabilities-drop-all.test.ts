import { checkCase, mockResource, type RuleCase, unknown } from "../../../src/testing";
import { container, dotted, onShapes, withContainerContext, workload, type Shape } from "../__tests__/fixtures";
import rule from "./pod-capabilities-drop-all";

export const cases: RuleCase[] = [
    ...onShapes([
        { name: "no capabilities", spec: { containers: [container()] }, expect: (p) => ({ violations: [`${p}.containers[0].securityContext.capabilities.drop`] }) },
        {
            name: "drops ALL but adds SYS_TIME",
            spec: withContainerContext({ capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE", "SYS_TIME"] } }),
            expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].securityContext.capabilities.add`, messageIncludes: '"SYS_TIME"' }] }),
        },
        {
            name: "drops only NET_RAW, on an init container",
            spec: { initContainers: [container({ securityContext: { capabilities: { drop: ["NET_RAW"] } } }, "init")], containers: [container({ securityContext: { capabilities: { drop: ["ALL"] } } })] },
            expect: (p) => ({ violations: [`${p}.initContainers[0].securityContext.capabilities.drop`] }),
        },
        { name: "drops ALL, adds NET_BIND_SERVICE", spec: withContainerContext({ capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] } }), expect: "pass" },
        { name: "Windows pods are exempt", spec: { os: { name: "windows" }, containers: [container()] }, expect: "pass" },
        { name: "drop list unknown during preview", spec: withContainerContext({ capabilities: { drop: unknown("array") } }), expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    ...(["Pod", "Deployment", "CronJob"] as Shape[]).flatMap((shape): RuleCase[] => [
        {
            name: `${shape}: remediation creates the drop list`,
            resources: workload(shape, { containers: [container()] }),
            expect: { remediated: { [dotted(shape, "containers[0].securityContext.capabilities.drop")]: ["ALL"] } },
        },
        {
            name: `${shape}: remediation appends ALL and keeps NET_BIND_SERVICE`,
            resources: workload(shape, withContainerContext({ capabilities: { drop: ["NET_RAW"], add: ["NET_BIND_SERVICE"] } })),
            expect: {
                remediated: {
                    [dotted(shape, "containers[0].securityContext.capabilities.drop")]: ["NET_RAW", "ALL"],
                    [dotted(shape, "containers[0].securityContext.capabilities.add")]: ["NET_BIND_SERVICE"],
                },
            },
        },
    ]),
];

// A Patch kind sets only what it names: an absent drop list is not a missing one.
cases.push(
    { name: "a patch without capabilities is not reported", resources: mockResource.untyped("kubernetes:apps/v1:DeploymentPatch", { spec: { template: { spec: { containers: [container()] } } } }, { name: "web" }), expect: "pass" },
    {
        name: "a patch adding a capability is reported",
        resources: mockResource.untyped("kubernetes:apps/v1:DeploymentPatch", { spec: { template: { spec: { containers: [container({ securityContext: { capabilities: { add: ["SYS_ADMIN"] } } })] } } } }, { name: "web" }),
        expect: { violations: ["spec.template.spec.containers[0].securityContext.capabilities.add"] },
    },
);

test.each(cases)("$name", (c) => checkCase(rule, c));
