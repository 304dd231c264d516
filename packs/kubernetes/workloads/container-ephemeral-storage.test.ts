import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./container-ephemeral-storage";

const withResources = (resources: unknown) => ({ containers: [container({ resources })] });

export const cases: RuleCase[] = [
    ...onShapes([
        {
            name: "no resources at all",
            spec: { containers: [container()] },
            expect: (p, shape) => ({
                violations: [{
                    messageId: "missing",
                    data: { resource: `${shape} \`${shape.toLowerCase()}\``, what: "request or limit", container: 'container "app"' },
                    propertyPath: `${p}.containers[0].resources.limits`,
                }],
            }),
        },
        {
            name: "cpu and memory only",
            spec: withResources({ requests: { cpu: "100m", memory: "64Mi" }, limits: { cpu: "1", memory: "128Mi" } }),
            expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].resources.limits`, messageIncludes: "no ephemeral-storage request or limit" }] }),
        },
        {
            name: "request without a limit",
            spec: withResources({ requests: { "ephemeral-storage": "1Gi" } }),
            expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].resources.limits`, messageIncludes: "no ephemeral-storage limit for" }] }),
        },
        { name: "request and limit", spec: withResources({ requests: { "ephemeral-storage": "1Gi" }, limits: { "ephemeral-storage": "2Gi" } }), expect: "pass" },
        { name: "a limit alone (Kubernetes copies it into the request)", spec: withResources({ limits: { "ephemeral-storage": "2Gi" } }), expect: "pass" },
        {
            name: "init container without a limit",
            spec: { initContainers: [container({}, "init")], containers: [container({ resources: { limits: { "ephemeral-storage": "1Gi" } } })] },
            expect: (p) => ({ violations: [`${p}.initContainers[0].resources.limits`] }),
        },
        { name: "limits unknown during preview", spec: withResources({ limits: unknown("object") }), expect: "skipped" },
        { name: "limit value unknown during preview", spec: withResources({ limits: { "ephemeral-storage": unknown("string") } }), expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    {
        name: "a patch is not judged on what it leaves out",
        resources: mockResource.untyped("kubernetes:apps/v1:DeploymentPatch", { spec: { template: { spec: { containers: [{ name: "app", image: "nginx:1.25" }] } } } }, { name: "p" }),
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
