import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./server-tls-version";

const CONFIG = "azure-native:dbformysql:Configuration";
const parameter = (configurationName: unknown, value: unknown) =>
    mockResource(CONFIG, { resourceGroupName: "rg", serverName: "mysql-orders", configurationName: configurationName as string, value: value as string, source: "user-override" }, { name: "tls" });

export const cases: RuleCase[] = [
    {
        name: "TLS 1.1 allowed beside 1.2",
        resources: parameter("tls_version", "TLSv1.1,TLSv1.2"),
        expect: { violations: [{ messageId: "weakVersions", data: { name: "tls", server: "`mysql-orders`", versions: "TLSv1.1" }, propertyPath: "value" }] },
    },
    { name: "TLS 1.0 and 1.1 allowed", resources: parameter("tls_version", "TLSv1, TLSv1.1, TLSv1.2"), expect: { violations: [{ messageId: "weakVersions", data: { name: "tls", server: "`mysql-orders`", versions: "TLSv1, TLSv1.1" } }] } },
    { name: "lower case", resources: parameter("TLS_VERSION", "tlsv1"), expect: { violations: [{ messageId: "weakVersions" }] } },
    { name: "TLS 1.2 only", resources: parameter("tls_version", "TLSv1.2"), expect: "pass" },
    { name: "TLS 1.2 and 1.3", resources: parameter("tls_version", "TLSv1.2,TLSv1.3"), expect: "pass" },
    { name: "TLS 1.3 only", resources: parameter("tls_version", "TLSv1.3"), expect: "pass" },
    { name: "no value keeps the default", resources: parameter("tls_version", undefined), expect: "pass" },
    {
        name: "TLS 1.0 allowed through currentValue",
        resources: mockResource(CONFIG, { resourceGroupName: "rg", serverName: "mysql-orders", configurationName: "tls_version", currentValue: "TLSv1,TLSv1.2" }, { name: "tls" }),
        expect: { violations: [{ messageId: "weakVersions", data: { name: "tls", server: "`mysql-orders`", versions: "TLSv1" }, propertyPath: "currentValue" }] },
    },
    { name: "another parameter", resources: parameter("require_secure_transport", "TLSv1"), expect: "pass" },
    {
        name: "a server name unknown in preview does not keep the rule from judging",
        resources: mockResource(CONFIG, { resourceGroupName: "rg", serverName: unknown(), configurationName: "tls_version", value: "TLSv1.1" }, { name: "tls" }),
        expect: { violations: [{ messageId: "weakVersions", propertyPath: "value" }] },
    },
    { name: "value unknown in preview", resources: parameter("tls_version", unknown()), expect: "skipped" },
    { name: "parameter name unknown in preview", resources: parameter(unknown(), "TLSv1"), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
