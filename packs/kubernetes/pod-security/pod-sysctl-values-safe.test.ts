import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./pod-sysctl-values-safe";

const sysctls = (...entries: { name: unknown; value: unknown }[]) => ({ securityContext: { sysctls: entries }, containers: [container()] });

export const cases: RuleCase[] = onShapes([
    {
        name: "cr8escape payload with + and =",
        spec: sysctls({ name: "kernel.shm_rmid_forced", value: "1+kernel.core_pattern=|/tmp/x.sh #" }),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.sysctls[0].value`, messageIncludes: '"kernel.shm_rmid_forced"' }] }),
    },
    {
        name: "an = alone",
        spec: sysctls({ name: "net.ipv4.ip_local_port_range", value: "1024 65000" }, { name: "net.ipv4.tcp_syncookies", value: "1=2" }),
        expect: (p) => ({ violations: [`${p}.securityContext.sysctls[1].value`] }),
    },
    {
        name: "the value is not echoed",
        spec: sysctls({ name: "kernel.shm_rmid_forced", value: "1+kernel.core_pattern=|/secret-path" }),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.sysctls[0].value`, messageIncludes: "a value containing" }] }),
    },
    { name: "plain values", spec: sysctls({ name: "net.ipv4.ip_local_port_range", value: "1024 65000" }, { name: "kernel.shm_rmid_forced", value: "1" }), expect: "pass" },
    { name: "no sysctls", spec: { containers: [container()] }, expect: "pass" },
    { name: "unknown value during preview", spec: sysctls({ name: "kernel.shm_rmid_forced", value: unknown() }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));

test("messages never contain the value", async () => {
    const { runRule, mockResource } = await import("../../../src/testing");
    const result = await runRule(rule, mockResource.untyped("kubernetes:core/v1:Pod", { spec: sysctls({ name: "kernel.shm_rmid_forced", value: "1+kernel.core_pattern=|/secret-path" }) }, { name: "p" }));
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0].message).not.toContain("secret-path");
});
