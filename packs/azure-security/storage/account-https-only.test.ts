import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./account-https-only";

const account = (props: MockProps<"azure-native:storage:StorageAccount">) =>
    mockResource("azure-native:storage:StorageAccount", { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, ...props }, { name: "data" });

export const cases: RuleCase[] = [
    {
        name: "plain HTTP allowed",
        resources: account({ enableHttpsTrafficOnly: false }),
        expect: { violations: [{ propertyPath: "enableHttpsTrafficOnly", messageIncludes: "Storage account `data` accepts plain HTTP: enableHttpsTrafficOnly is false" }] },
    },
    { name: "HTTPS only", resources: account({ enableHttpsTrafficOnly: true }), expect: "pass" },
    { name: "absent: the service default is HTTPS only", resources: account({}), expect: "pass" },
    { name: "unknown during preview", resources: account({ enableHttpsTrafficOnly: unknown("boolean") }), expect: "skipped" },
    {
        name: "a string is not a boolean",
        resources: mockResource.untyped("azure-native:storage:StorageAccount", { kind: "StorageV2", enableHttpsTrafficOnly: "true" }),
        expect: { violations: [{ propertyPath: "enableHttpsTrafficOnly", messageIncludes: "not a boolean" }] },
    },
    { name: "remediation switches HTTP off", resources: account({ enableHttpsTrafficOnly: false }), expect: { remediated: { enableHttpsTrafficOnly: true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
