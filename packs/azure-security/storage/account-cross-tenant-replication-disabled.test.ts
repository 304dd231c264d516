import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./account-cross-tenant-replication-disabled";

const account = (props: MockProps<"azure-native:storage:StorageAccount">) =>
    mockResource("azure-native:storage:StorageAccount", { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, ...props }, { name: "data" });

export const cases: RuleCase[] = [
    {
        name: "cross-tenant replication allowed",
        resources: account({ allowCrossTenantReplication: true }),
        expect: { violations: [{ propertyPath: "allowCrossTenantReplication", messageIncludes: "allowCrossTenantReplication is true" }] },
    },
    { name: "cross-tenant replication disallowed", resources: account({ allowCrossTenantReplication: false }), expect: "pass" },
    { name: "absent: false for new accounts", resources: account({}), expect: "pass" },
    { name: "unknown during preview", resources: account({ allowCrossTenantReplication: unknown("boolean") }), expect: "skipped" },
    { name: "remediation disallows it", resources: account({ allowCrossTenantReplication: true }), expect: { remediated: { allowCrossTenantReplication: false } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
