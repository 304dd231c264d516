import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./server-minimum-tls-1-2";

const server = (minimalTlsVersion?: string) => mockResource("azure-native:sql:Server", { resourceGroupName: "rg", minimalTlsVersion }, { name: "orders" });

export const cases: RuleCase[] = [
    {
        name: "TLS 1.0 accepted",
        resources: server("1.0"),
        expect: { violations: [{ messageId: "weakMinimum", data: { name: "orders", value: '"1.0"' }, propertyPath: "minimalTlsVersion" }] },
    },
    { name: "TLS 1.1 accepted", resources: server("1.1"), expect: { violations: [{ messageId: "weakMinimum", data: { name: "orders", value: '"1.1"' } }] } },
    { name: "no minimum", resources: server("None"), expect: { violations: [{ messageId: "weakMinimum", data: { name: "orders", value: '"None"' } }] } },
    { name: "not set", resources: server(undefined), expect: { violations: [{ messageId: "weakMinimum", data: { name: "orders", value: 'not set (no minimum, as "None")' } }] } },
    { name: "TLS 1.2", resources: server("1.2"), expect: "pass" },
    { name: "TLS 1.3", resources: server("1.3"), expect: "pass" },
    { name: "unknown in preview", resources: server(unknown()), expect: "skipped" },
    { name: "remediation sets 1.2", resources: server("1.0"), expect: { remediated: { minimalTlsVersion: "1.2" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
