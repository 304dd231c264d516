import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./account-no-public-blob-access";

const account = (props: MockProps<"azure-native:storage:StorageAccount">) =>
    mockResource("azure-native:storage:StorageAccount", { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, ...props }, { name: "data" });

export const cases: RuleCase[] = [
    {
        name: "anonymous access allowed",
        resources: account({ allowBlobPublicAccess: true }),
        expect: { violations: [{ propertyPath: "allowBlobPublicAccess", messageIncludes: "allowBlobPublicAccess is true" }] },
    },
    { name: "anonymous access disallowed", resources: account({ allowBlobPublicAccess: false }), expect: "pass" },
    { name: "absent: the default is false", resources: account({}), expect: "pass" },
    { name: "unknown during preview", resources: account({ allowBlobPublicAccess: unknown("boolean") }), expect: "skipped" },
    { name: "remediation disallows it", resources: account({ allowBlobPublicAccess: true }), expect: { remediated: { allowBlobPublicAccess: false } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
