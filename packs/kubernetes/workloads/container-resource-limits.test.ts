import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, dotted, onShapes, workload, type Shape } from "../__tests__/fixtures";
import rule from "./container-resource-limits";

const withResources = (resources: unknown) => ({ containers: [container({ resources })] });

export const cases: RuleCase[] = [
    ...onShapes([
        {
            name: "no limits",
            spec: withResources({ requests: { cpu: "100m", memory: "128Mi" } }),
            expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].resources.limits`, messageIncludes: "no cpu or memory limit" }] }),
        },
        { name: "memory limit only", spec: withResources({ limits: { memory: "1Gi" } }), expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].resources.limits`, messageIncludes: "no cpu limit" }] }) },
        { name: "both limits", spec: withResources({ limits: { cpu: "1", memory: "1Gi" } }), expect: "pass" },
        {
            name: "only memory limits required by configuration",
            spec: withResources({ limits: { memory: "1Gi" } }),
            options: { config: { "k8s-container-resource-limits": { resources: ["memory"] } } },
            expect: "pass",
        },
        { name: "limits unknown during preview", spec: withResources({ limits: unknown("object") }), expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    ...(["Pod", "Deployment", "CronJob"] as Shape[]).map((shape): RuleCase => ({
        name: `${shape}: remediation fills the missing limit and keeps the set one`,
        resources: workload(shape, withResources({ requests: { cpu: "100m" }, limits: { memory: "2Gi" } })),
        expect: {
            remediated: {
                [dotted(shape, "containers[0].resources.limits.cpu")]: "500m",
                [dotted(shape, "containers[0].resources.limits.memory")]: "2Gi",
            },
        },
    })),
    {
        name: "remediation does not set a default limit below the request",
        resources: workload("Pod", withResources({ requests: { cpu: "2", memory: "64Mi" } })),
        options: { level: "remediate" },
        expect: { violations: [{ propertyPath: "spec.containers[0].resources.limits", messageIncludes: "no cpu limit" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
