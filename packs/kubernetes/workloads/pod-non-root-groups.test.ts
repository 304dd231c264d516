import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./pod-non-root-groups";

const RULE = "k8s-pod-non-root-groups";
const podCtx = (securityContext: unknown, extra: Record<string, unknown> = {}) => ({ securityContext, containers: [container()], ...extra });

export const cases: RuleCase[] = [
    ...onShapes([
        {
            name: "pod runAsGroup 0",
            spec: podCtx({ runAsGroup: 0 }),
            expect: (p, shape) => ({
                violations: [{ messageId: "rootGroup", data: { resource: `${shape} \`${shape.toLowerCase()}\``, who: "the pod's securityContext" }, propertyPath: `${p}.securityContext.runAsGroup` }],
            }),
        },
        {
            name: "container runAsGroup 0 under a safe pod group",
            spec: { securityContext: { runAsGroup: 1000 }, containers: [container({ securityContext: { runAsGroup: 0 } })] },
            expect: (p) => ({ violations: [{ messageIncludes: 'container "app" sets runAsGroup: 0', propertyPath: `${p}.containers[0].securityContext.runAsGroup` }] }),
        },
        {
            name: "pod 0 overridden by every container is still reported",
            spec: { securityContext: { runAsGroup: 0 }, containers: [container({ securityContext: { runAsGroup: 1000 } })] },
            expect: (p) => ({ violations: [`${p}.securityContext.runAsGroup`] }),
        },
        {
            name: "runAsGroup set nowhere",
            spec: podCtx({ runAsUser: 1000 }),
            expect: (p) => ({ violations: [{ messageId: "unsetGroup", propertyPath: `${p}.securityContext.runAsGroup` }] }),
        },
        {
            name: "one container of two sets no group",
            spec: { containers: [container({ securityContext: { runAsGroup: 1000 } }), container({}, "sidecar")] },
            expect: (p) => ({ violations: [{ messageIncludes: 'for container "sidecar"', propertyPath: `${p}.securityContext.runAsGroup` }] }),
        },
        { name: "fsGroup 0", spec: podCtx({ runAsGroup: 1000, fsGroup: 0 }), expect: (p) => ({ violations: [{ messageId: "rootFsGroup", propertyPath: `${p}.securityContext.fsGroup` }] }) },
        {
            name: "supplementalGroups containing 0",
            spec: podCtx({ runAsGroup: 1000, supplementalGroups: [2000, 0] }),
            expect: (p) => ({ violations: [{ messageId: "rootSupplementalGroup", propertyPath: `${p}.securityContext.supplementalGroups[1]` }] }),
        },
        { name: "non-zero groups everywhere", spec: podCtx({ runAsGroup: 1000, fsGroup: 2000, supplementalGroups: [3000] }), expect: "pass" },
        { name: "every container sets a non-zero group", spec: { containers: [container({ securityContext: { runAsGroup: 1000 } })] }, expect: "pass" },
        { name: "Windows pod", spec: { os: { name: "windows" }, containers: [container()] }, expect: "pass" },
        { name: "own user namespace", spec: { hostUsers: false, securityContext: { runAsGroup: 0 }, containers: [container()] }, expect: "pass" },
        { name: "runAsGroup unknown during preview", spec: podCtx({ runAsGroup: unknown("number") }), expect: "skipped" },
        { name: "supplementalGroups unknown during preview", spec: podCtx({ runAsGroup: 1000, supplementalGroups: unknown("array") }), expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    {
        name: "unset runAsGroup is allowed when configured",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { containers: [container()] } }, { name: "p" }),
        options: { config: { [RULE]: { requireRunAsGroup: false } } },
        expect: "pass",
    },
    {
        name: "high-GID threshold (off by default) reports a low group",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { securityContext: { runAsGroup: 1000 }, containers: [container()] } }, { name: "p" }),
        options: { config: { [RULE]: { minRunAsGroup: 10000 } } },
        expect: { violations: [{ messageId: "lowGroup", data: { resource: "Pod `p`", who: "the pod's securityContext", min: "10000" }, propertyPath: "spec.securityContext.runAsGroup" }] },
    },
    {
        name: "high-GID threshold met",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { securityContext: { runAsGroup: 10001 }, containers: [container()] } }, { name: "p" }),
        options: { config: { [RULE]: { minRunAsGroup: 10000 } } },
        expect: "pass",
    },
    {
        name: "a patch that sets no runAsGroup is not reported as unset",
        resources: mockResource.untyped("kubernetes:apps/v1:DeploymentPatch", { spec: { template: { spec: { containers: [{ name: "app", image: "nginx:1.25" }] } } } }, { name: "p" }),
        expect: "pass",
    },
    {
        name: "a patch setting runAsGroup 0 is judged",
        resources: mockResource.untyped("kubernetes:apps/v1:DeploymentPatch", { spec: { template: { spec: { securityContext: { runAsGroup: 0 } } } } }, { name: "p" }),
        expect: { violations: ["spec.template.spec.securityContext.runAsGroup"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
