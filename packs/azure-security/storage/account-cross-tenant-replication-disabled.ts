import { requireSetting } from "../../shared/flag-rule";
import { describeFlag } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/storage";

/** An absent allowCrossTenantReplication is false: the SDK documents "the default interpretation is false for new accounts". */
export default requireSetting({
    id: "azure-storage-account-cross-tenant-replication-disabled",
    title: "Storage accounts do not allow cross-tenant object replication",
    description:
        "Object replication across Microsoft Entra tenants lets an account in another tenant, outside your identity and policy controls, receive a continuous copy of your blobs. Unless such replication is an explicit requirement, an insider or a compromised administrator can use it to copy data out.",
    severity: "medium",
    service: "storage",
    frameworks: {
        "cis-azure-6.0": ["9.3.7"],
        "nist-800-53-r5": ["AC-4", "AC-21"],
    },
    tags: ["data", "exfiltration"],
    remediation: "Set `allowCrossTenantReplication: false` on the storage account (or leave it out, which means false for new accounts).",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an account allowing replication to other tenants",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, allowCrossTenantReplication: true },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an account replicating within its tenant only",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, allowCrossTenantReplication: false },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:storage:StorageAccount",
    path: ["allowCrossTenantReplication"],
    expected: false,
    defaultSatisfies: true,
    message: (ctx, value) =>
        `Storage account \`${ctx.name}\` allows object replication to other tenants: allowCrossTenantReplication is ${describeFlag(value)}. Set allowCrossTenantReplication to false.`,
    remediate(props) {
        props.allowCrossTenantReplication = false;
    },
});
