import { checkCase, mockResource, type RuleCase, unknown } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./pod-safe-sysctls";

const sysctls = (list: unknown) => ({ securityContext: { sysctls: list }, containers: [container()] });

export const cases: RuleCase[] = onShapes([
    {
        name: "kernel.msgmax",
        spec: sysctls([{ name: "net.ipv4.tcp_syncookies", value: "1" }, { name: "kernel.msgmax", value: "65536" }]),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.sysctls[1].name`, messageIncludes: '"kernel.msgmax"' }] }),
    },
    { name: "safe sysctls only", spec: sysctls([{ name: "net.ipv4.ip_local_port_range", value: "1024 65535" }, { name: "net.ipv4.tcp_keepalive_time", value: "600" }]), expect: "pass" },
    { name: "no sysctls", spec: { containers: [container()] }, expect: "pass" },
    { name: "name unknown during preview", spec: sysctls([{ name: unknown(), value: "1" }]), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

// Policy versions (lib/pss.ts, check_sysctls.go): tcp_rmem/tcp_wmem are safe from v1.32.
cases.push(
    {
        name: "tcp_rmem is safe under the latest policy",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { securityContext: { sysctls: [{ name: "net.ipv4.tcp_rmem", value: "4096 87380 6291456" }] }, containers: [container()] } }, { name: "p" }),
        expect: "pass",
    },
    {
        name: "tcp_rmem is unsafe under policy v1.31",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { securityContext: { sysctls: [{ name: "net.ipv4.tcp_rmem", value: "4096 87380 6291456" }] }, containers: [container()] } }, { name: "p" }),
        options: { config: { "k8s-pod-safe-sysctls": { pssVersion: "v1.31" } } },
        expect: { violations: [{ propertyPath: "spec.securityContext.sysctls[0].name", messageIncludes: '"net.ipv4.tcp_rmem"' }] },
    },
    {
        name: "tcp_keepalive_time is unsafe under policy v1.28",
        resources: mockResource.untyped("kubernetes:core/v1:Pod", { spec: { securityContext: { sysctls: [{ name: "net.ipv4.tcp_keepalive_time", value: "600" }] }, containers: [container()] } }, { name: "p" }),
        options: { config: { "k8s-pod-safe-sysctls": { pssVersion: "v1.28" } } },
        expect: { violations: ["spec.securityContext.sysctls[0].name"] },
    },
);

test.each(cases)("$name", (c) => checkCase(rule, c));
