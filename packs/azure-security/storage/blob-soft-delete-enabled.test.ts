import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./blob-soft-delete-enabled";

const service = (props: MockProps<"azure-native:storage:BlobServiceProperties">) =>
    mockResource("azure-native:storage:BlobServiceProperties", { resourceGroupName: "rg-data", accountName: "acmedata", ...props }, { name: "blobs" });

export const cases: RuleCase[] = [
    {
        name: "neither policy set",
        resources: service({}),
        expect: {
            violations: [
                { messageId: "softDeleteOff", data: { name: "blobs", what: "blobs", path: "deleteRetentionPolicy.enabled", value: "not set" }, propertyPath: "deleteRetentionPolicy.enabled" },
                { messageId: "softDeleteOff", data: { name: "blobs", what: "containers", path: "containerDeleteRetentionPolicy.enabled", value: "not set" }, propertyPath: "containerDeleteRetentionPolicy.enabled" },
            ],
        },
    },
    {
        name: "blob soft delete only",
        resources: service({ deleteRetentionPolicy: { enabled: true, days: 7 } }),
        expect: { violations: ["containerDeleteRetentionPolicy.enabled"] },
    },
    {
        name: "container soft delete switched off",
        resources: service({ deleteRetentionPolicy: { enabled: true, days: 7 }, containerDeleteRetentionPolicy: { enabled: false } }),
        expect: { violations: [{ messageId: "softDeleteOff", data: { name: "blobs", what: "containers", path: "containerDeleteRetentionPolicy.enabled", value: "false" } }] },
    },
    {
        name: "days without enabled is not on",
        resources: service({ deleteRetentionPolicy: { days: 7 }, containerDeleteRetentionPolicy: { enabled: true, days: 7 } }),
        expect: { violations: ["deleteRetentionPolicy.enabled"] },
    },
    { name: "both on", resources: service({ deleteRetentionPolicy: { enabled: true, days: 7 }, containerDeleteRetentionPolicy: { enabled: true, days: 30 } }), expect: "pass" },
    { name: "unknown during preview", resources: service({ deleteRetentionPolicy: { enabled: unknown("boolean") }, containerDeleteRetentionPolicy: { enabled: true } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
