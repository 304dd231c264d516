import { defineRule, recordOf } from "../../../src";
import { describeFlag } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/storage";

/** The two soft-delete policies of a blob service, with what each protects. */
const POLICIES = [
    { field: "deleteRetentionPolicy", what: "blobs" },
    { field: "containerDeleteRetentionPolicy", what: "containers" },
] as const;

/**
 * Judged on each BlobServiceProperties in the stack: a storage account declared without one keeps
 * the service's settings, which this rule cannot see. A policy left out is off: Azure enables
 * neither for accounts created through the API, CLI or PowerShell.
 */
export default defineRule({
    id: "azure-storage-blob-soft-delete-enabled",
    title: "Blob services keep deleted blobs and containers recoverable",
    description:
        "Without soft delete, a blob or container deleted by mistake, by a faulty deploy or by an attacker with write access is gone at once. Soft delete keeps deleted blobs and containers recoverable for a retention period. This rule judges the BlobServiceProperties resources in the stack.",
    severity: "medium",
    service: "storage",
    frameworks: {
        "cis-azure-6.0": ["9.2.1", "9.2.2"],
        "nist-800-53-r5": ["CP-9", "CP-10", "SI-12"],
    },
    tags: ["resilience", "data"],
    remediation:
        "On the storage account's BlobServiceProperties set `deleteRetentionPolicy: { enabled: true, days: 7 }` and `containerDeleteRetentionPolicy: { enabled: true, days: 7 }` (1 to 365 days; longer for data you cannot rebuild).",
    defaultLevel: "advisory",
    messages: {
        softDeleteOff: "Blob service `{{name}}` does not keep deleted {{what}}: {{path}} is {{value}}. Set {{path}} to true.",
    },
    examples: {
        violating: [
            {
                description: "blob service properties without container soft delete",
                resources: [
                    {
                        type: "azure-native:storage:BlobServiceProperties",
                        name: "data-blobs",
                        props: { resourceGroupName: "rg-data", accountName: "acmedata", deleteRetentionPolicy: { enabled: true, days: 7 } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "soft delete for blobs and containers",
                resources: [
                    {
                        type: "azure-native:storage:BlobServiceProperties",
                        name: "data-blobs",
                        props: {
                            resourceGroupName: "rg-data",
                            accountName: "acmedata",
                            deleteRetentionPolicy: { enabled: true, days: 14 },
                            containerDeleteRetentionPolicy: { enabled: true, days: 14 },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:storage:BlobServiceProperties",
    validate(props, ctx) {
        for (const { field, what } of POLICIES) {
            const enabled: unknown = recordOf(props[field]).enabled;
            if (enabled === true) continue;
            const path = `${field}.enabled`;
            ctx.report({ messageId: "softDeleteOff", data: { name: ctx.name, what, path, value: describeFlag(enabled) }, propertyPath: path });
        }
    },
});
