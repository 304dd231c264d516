import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./container-readiness-probe";

const probe = { httpGet: { path: "/healthz", port: 8080 } };

export const cases: RuleCase[] = onShapes([
    { name: "no probe", spec: { containers: [container()] }, expect: (p) => ({ violations: [`${p}.containers[0].readinessProbe`] }) },
    {
        name: "sidecar init container without a probe, plain init container ignored",
        spec: { initContainers: [container({}, "migrate"), container({ restartPolicy: "Always" }, "proxy")], containers: [container({ readinessProbe: probe })] },
        expect: (p) => ({ violations: [{ propertyPath: `${p}.initContainers[1].readinessProbe`, messageIncludes: 'init container "proxy"' }] }),
    },
    { name: "probe set", spec: { containers: [container({ readinessProbe: probe })] }, expect: "pass" },
    { name: "probe unknown during preview", spec: { containers: [container({ readinessProbe: unknown("object") })] }, expect: "skipped" },
], ["Pod", "Deployment", "StatefulSet", "DaemonSet"]);

test.each(cases)("", (c) => checkCase(rule, c));

test("batch workloads are not judged", () => {
    expect(rule.resourceTypes).not.toContain("kubernetes:batch/v1:Job");
    expect(rule.resourceTypes).not.toContain("kubernetes:batch/v1:CronJob");
});
