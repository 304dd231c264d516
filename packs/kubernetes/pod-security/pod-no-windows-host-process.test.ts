import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./pod-no-windows-host-process";

const hostProcess = { windowsOptions: { hostProcess: true, runAsUserName: "NT AUTHORITY\\SYSTEM" } };

export const cases: RuleCase[] = onShapes([
    {
        name: "pod-level HostProcess inherited by two containers is one problem",
        spec: { securityContext: hostProcess, hostNetwork: true, containers: [container({}, "a"), container({}, "b")] },
        expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.windowsOptions.hostProcess`, messageIncludes: "the pod's securityContext" }] }),
    },
    {
        name: "container-level HostProcess",
        spec: withContainerContext(hostProcess),
        expect: (p) => ({ violations: [`${p}.containers[0].securityContext.windowsOptions.hostProcess`] }),
    },
    {
        name: "pod-level HostProcess is judged even when the container overrides with false (as PSA does)",
        spec: { securityContext: hostProcess, containers: [container({ securityContext: { windowsOptions: { hostProcess: false } } })] },
        expect: (p) => ({ violations: [`${p}.securityContext.windowsOptions.hostProcess`] }),
    },
    { name: "Windows pod without HostProcess", spec: { os: { name: "windows" }, containers: [container()] }, expect: "pass" },
    { name: "unknown during preview", spec: withContainerContext({ windowsOptions: { hostProcess: unknown("boolean") } }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
