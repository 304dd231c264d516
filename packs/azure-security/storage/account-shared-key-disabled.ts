import { requireSetting } from "../../shared/flag-rule";
import { describeFlag } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/storage";

/** An absent allowSharedKeyAccess allows Shared Key: the SDK documents "the default value is null, which is equivalent to true". */
export default requireSetting({
    id: "azure-storage-account-shared-key-disabled",
    title: "Storage accounts do not accept Shared Key authorization",
    description:
        "An account key grants full access to all of the account's data, never expires on its own, and every SAS signed with it works until the key is rotated. Disallowing Shared Key forces requests to use Microsoft Entra ID, which is scoped by role, attributable to an identity and revocable.",
    severity: "medium",
    service: "storage",
    frameworks: {
        "cis-azure-6.0": ["9.3.1.3"],
        "nist-800-53-r5": ["AC-2", "IA-2", "IA-5"],
    },
    tags: ["credentials", "least-privilege"],
    remediation:
        "Set `allowSharedKeyAccess: false` on the storage account once every client authenticates with Microsoft Entra ID (managed identities, role assignments such as Storage Blob Data Reader) or user delegation SAS.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an account with the default Shared Key access",
                resources: [
                    { type: "azure-native:storage:StorageAccount", name: "data", props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" } } },
                ],
            },
        ],
        compliant: [
            {
                description: "an account that accepts Microsoft Entra ID only",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, allowSharedKeyAccess: false },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:storage:StorageAccount",
    path: ["allowSharedKeyAccess"],
    expected: false,
    message: (ctx, value) =>
        `Storage account \`${ctx.name}\` accepts Shared Key authorization: allowSharedKeyAccess is ${
            value === undefined || value === null ? "not set, which Azure treats as true" : describeFlag(value)
        }. Set allowSharedKeyAccess to false.`,
});
