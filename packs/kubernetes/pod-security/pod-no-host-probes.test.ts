import { checkCase, mockResource, type RuleCase, unknown } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./pod-no-host-probes";

export const cases: RuleCase[] = [
    ...onShapes([
        {
            name: "liveness httpGet host",
            spec: { containers: [container({ livenessProbe: { httpGet: { host: "bad.host", port: 8080 } } })] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].livenessProbe.httpGet.host`, messageIncludes: '"bad.host"' }] }),
        },
        {
            name: "sidecar readiness tcpSocket host",
            spec: { initContainers: [container({ restartPolicy: "Always", readinessProbe: { tcpSocket: { host: "8.8.8.8", port: 53 } } }, "proxy")], containers: [container()] },
            expect: (p) => ({ violations: [`${p}.initContainers[0].readinessProbe.tcpSocket.host`] }),
        },
        {
            name: "loopback is forbidden too (as PSA does)",
            spec: { containers: [container({ startupProbe: { tcpSocket: { host: "::1", port: 8080 } } })] },
            expect: (p) => ({ violations: [`${p}.containers[0].startupProbe.tcpSocket.host`] }),
        },
        {
            name: "postStart and preStop hosts: two problems",
            spec: { containers: [container({ lifecycle: { postStart: { httpGet: { host: "a.example", port: 80 } }, preStop: { tcpSocket: { host: "b.example", port: 80 } } } })] },
            expect: (p) => ({ violations: [`${p}.containers[0].lifecycle.postStart.httpGet.host`, `${p}.containers[0].lifecycle.preStop.tcpSocket.host`] }),
        },
        { name: "no host", spec: { containers: [container({ livenessProbe: { httpGet: { port: 8080 } }, readinessProbe: { tcpSocket: { port: 8080, host: "" } } })] }, expect: "pass" },
        { name: "exec probe", spec: { containers: [container({ livenessProbe: { exec: { command: ["true"] } } })] }, expect: "pass" },
        { name: "unknown host during preview", spec: { containers: [container({ livenessProbe: { httpGet: { host: unknown(), port: 8080 } } })] }, expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    {
        name: "policy v1.33: no such check",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { containers: [container({ livenessProbe: { httpGet: { host: "bad.host", port: 8080 } } })] } }, { name: "p" }),
        options: { config: { "k8s-pod-no-host-probes": { pssVersion: "v1.33" } } },
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
