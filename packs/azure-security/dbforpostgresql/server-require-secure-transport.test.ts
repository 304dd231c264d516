import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./server-require-secure-transport";

const CONFIG = "azure-native:dbforpostgresql:Configuration";
const parameter = (configurationName: unknown, value: unknown) =>
    mockResource(CONFIG, { resourceGroupName: "rg", serverName: "pg-orders", configurationName: configurationName as string, value: value as string, source: "user-override" }, { name: "tls" });

export const cases: RuleCase[] = [
    {
        name: "switched off",
        resources: parameter("require_secure_transport", "off"),
        expect: { violations: [{ messageId: "secureTransportOff", data: { name: "tls", server: "`pg-orders`" }, propertyPath: "value" }] },
    },
    { name: "switched off, in capitals", resources: parameter("REQUIRE_SECURE_TRANSPORT", "OFF"), expect: { violations: [{ messageId: "secureTransportOff" }] } },
    { name: "switched off as false", resources: parameter("require_secure_transport", "false"), expect: { violations: [{ messageId: "secureTransportOff" }] } },
    { name: "switched off as 0", resources: parameter("require_secure_transport", "0"), expect: { violations: [{ messageId: "secureTransportOff" }] } },
    { name: "kept on", resources: parameter("require_secure_transport", "on"), expect: "pass" },
    { name: "no value: the default, on, stays", resources: parameter("require_secure_transport", undefined), expect: "pass" },
    { name: "another parameter", resources: parameter("log_connections", "off"), expect: "pass" },
    {
        name: "a server name unknown in preview does not keep the rule from judging",
        resources: mockResource(CONFIG, { resourceGroupName: "rg", serverName: unknown(), configurationName: "require_secure_transport", value: "off" }, { name: "tls" }),
        expect: { violations: [{ messageId: "secureTransportOff", propertyPath: "value" }] },
    },
    { name: "value unknown in preview", resources: parameter("require_secure_transport", unknown()), expect: "skipped" },
    { name: "parameter name unknown in preview", resources: parameter(unknown(), "off"), expect: "skipped" },
    { name: "remediation switches it on", resources: parameter("require_secure_transport", "off"), expect: { remediated: { value: "on" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
