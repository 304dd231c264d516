import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, dotted, onShapes, workload, type Shape } from "../__tests__/fixtures";
import rule from "./container-resource-requests";

const withResources = (resources: unknown) => ({ containers: [container({ resources })] });

export const cases: RuleCase[] = [
    ...onShapes([
        {
            name: "no resources",
            spec: { containers: [container()] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].resources.requests`, messageIncludes: "no cpu or memory" }] }),
        },
        {
            name: "memory request missing on an init container",
            spec: { initContainers: [container({ resources: { requests: { cpu: "50m" } } }, "init")], containers: [container({ resources: { requests: { cpu: "1", memory: "1Gi" } } })] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.initContainers[0].resources.requests`, messageIncludes: "no memory" }] }),
        },
        { name: "both requested", spec: withResources({ requests: { cpu: "250m", memory: "256Mi" } }), expect: "pass" },
        { name: "limits only (Kubernetes copies them into the requests)", spec: withResources({ limits: { cpu: "1", memory: "1Gi" } }), expect: "pass" },
        { name: "ephemeral containers are not checked", spec: { containers: [container({ resources: { requests: { cpu: "1", memory: "1Gi" } } })], ephemeralContainers: [container({}, "debug")] }, expect: "pass" },
        {
            name: "only memory is required by configuration",
            spec: withResources({ requests: { memory: "64Mi" } }),
            options: { config: { "k8s-container-resource-requests": { resources: ["memory"] } } },
            expect: "pass",
        },
        { name: "requests unknown during preview", spec: withResources({ requests: unknown("object") }), expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    ...(["Pod", "Deployment", "CronJob"] as Shape[]).map((shape): RuleCase => ({
        name: `${shape}: remediation fills only what is missing`,
        resources: workload(shape, withResources({ requests: { cpu: "2" } })),
        expect: {
            remediated: {
                [dotted(shape, "containers[0].resources.requests.cpu")]: "2",
                [dotted(shape, "containers[0].resources.requests.memory")]: "128Mi",
            },
        },
    })),
    {
        name: "remediation uses the configured defaults",
        resources: workload("Deployment", { containers: [container()] }),
        options: { config: { "k8s-container-resource-requests": { defaultRequests: { cpu: "10m", memory: "32Mi" } } } },
        expect: { remediated: { "spec.template.spec.containers.0.resources.requests": { cpu: "10m", memory: "32Mi" } } },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
