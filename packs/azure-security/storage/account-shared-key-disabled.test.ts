import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./account-shared-key-disabled";

const account = (props: MockProps<"azure-native:storage:StorageAccount">) =>
    mockResource("azure-native:storage:StorageAccount", { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, ...props }, { name: "data" });

export const cases: RuleCase[] = [
    {
        name: "absent: Shared Key is allowed by default",
        resources: account({}),
        expect: { violations: [{ propertyPath: "allowSharedKeyAccess", messageIncludes: "not set, which Azure treats as true" }] },
    },
    {
        name: "Shared Key allowed explicitly",
        resources: account({ allowSharedKeyAccess: true }),
        expect: { violations: [{ propertyPath: "allowSharedKeyAccess", messageIncludes: "allowSharedKeyAccess is true" }] },
    },
    { name: "Shared Key disallowed", resources: account({ allowSharedKeyAccess: false }), expect: "pass" },
    { name: "unknown during preview", resources: account({ allowSharedKeyAccess: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
