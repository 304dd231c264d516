import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./pod-no-host-namespaces";

export const cases: RuleCase[] = onShapes([
    { name: "host network", spec: { hostNetwork: true, containers: [container()] }, expect: (p) => ({ violations: [`${p}.hostNetwork`] }) },
    {
        name: "host PID and IPC are two problems",
        spec: { hostPID: true, hostIPC: true, containers: [container()] },
        expect: (p) => ({ violations: [{ propertyPath: `${p}.hostPID`, messageIncludes: "hostPID" }, `${p}.hostIPC`] }),
    },
    { name: "all false", spec: { hostNetwork: false, hostPID: false, hostIPC: false, containers: [container()] }, expect: "pass" },
    { name: "none set", spec: { containers: [container()] }, expect: "pass" },
    { name: "hostNetwork unknown during preview", spec: { hostNetwork: unknown("boolean"), containers: [container()] }, expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
