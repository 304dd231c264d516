import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./account-minimum-tls-1-2";

const account = (props: MockProps<"azure-native:storage:StorageAccount">) =>
    mockResource("azure-native:storage:StorageAccount", { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, ...props }, { name: "data" });

export const cases: RuleCase[] = [
    {
        name: "TLS 1.0 allowed",
        resources: account({ minimumTlsVersion: "TLS1_0" }),
        expect: { violations: [{ messageId: "tlsTooLow", data: { name: "data", value: '"TLS1_0"' }, propertyPath: "minimumTlsVersion" }] },
    },
    {
        name: "TLS 1.1 allowed",
        resources: account({ minimumTlsVersion: "TLS1_1" }),
        expect: { violations: [{ messageId: "tlsTooLow", data: { name: "data", value: '"TLS1_1"' }, propertyPath: "minimumTlsVersion" }] },
    },
    {
        name: "absent: Azure's default is TLS 1.0",
        resources: account({}),
        expect: { violations: [{ messageId: "tlsUnset", data: { name: "data" }, propertyPath: "minimumTlsVersion" }] },
    },
    { name: "TLS 1.2", resources: account({ minimumTlsVersion: "TLS1_2" }), expect: "pass" },
    { name: "lower case is the same version", resources: account({ minimumTlsVersion: "tls1_2" }), expect: "pass" },
    { name: "TLS 1.3", resources: account({ minimumTlsVersion: "TLS1_3" }), expect: "pass" },
    {
        name: "a value that is not a TLS version",
        resources: account({ minimumTlsVersion: "1.2" }),
        expect: { violations: [{ messageId: "tlsUnreadable", data: { name: "data" }, propertyPath: "minimumTlsVersion" }] },
    },
    { name: "unknown during preview", resources: account({ minimumTlsVersion: unknown("string") }), expect: "skipped" },
    { name: "remediation sets TLS 1.2", resources: account({ minimumTlsVersion: "TLS1_0" }), expect: { remediated: { minimumTlsVersion: "TLS1_2" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
