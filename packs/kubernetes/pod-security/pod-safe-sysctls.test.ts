import { checkCase, unknown, type RuleCase } from "../../../src/testing";
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

test.each(cases)("$name", (c) => checkCase(rule, c));
