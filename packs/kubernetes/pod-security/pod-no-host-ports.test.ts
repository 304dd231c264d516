import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./pod-no-host-ports";

const ports = (list: unknown) => ({ containers: [container({ ports: list })] });

export const cases: RuleCase[] = onShapes([
    {
        name: "host port 8080",
        spec: ports([{ containerPort: 80 }, { containerPort: 8080, hostPort: 8080 }]),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].ports[1].hostPort`, messageIncludes: "host port 8080" }] }),
    },
    {
        name: "host port on an init container",
        spec: { initContainers: [container({ ports: [{ containerPort: 53, hostPort: 53 }] }, "dns")], containers: [container()] },
        expect: (p) => ({ violations: [`${p}.initContainers[0].ports[0].hostPort`] }),
    },
    { name: "container port only", spec: ports([{ containerPort: 80 }]), expect: "pass" },
    { name: "host port 0 means none", spec: ports([{ containerPort: 80, hostPort: 0 }]), expect: "pass" },
    {
        name: "allowed host port",
        spec: ports([{ containerPort: 443, hostPort: 443 }]),
        options: { config: { "k8s-pod-no-host-ports": { allowedHostPorts: [443] } } },
        expect: "pass",
    },
    { name: "host port unknown during preview", spec: ports([{ containerPort: 80, hostPort: unknown("number") }]), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
