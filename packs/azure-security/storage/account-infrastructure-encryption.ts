import { requireSetting } from "../../shared/flag-rule";
import { describeFlag } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/storage";

/** Off unless set: Azure encrypts once, at the service level, by default. It can only be chosen when the account is created. */
export default requireSetting({
    id: "azure-storage-account-infrastructure-encryption",
    title: "Storage accounts use infrastructure (double) encryption",
    description:
        "Azure Storage always encrypts data at the service level. Infrastructure encryption adds a second, independent layer with a different algorithm and key at the infrastructure level, so one compromised key or algorithm does not expose the data. It can only be enabled when the account is created.",
    severity: "low",
    service: "storage",
    frameworks: {
        "nist-800-53-r5": ["SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "at-rest"],
    remediation:
        "Set `encryption: { requireInfrastructureEncryption: true, ... }` on the storage account. The setting cannot be changed on an existing account: create a new account with it and move the data.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an account with single encryption",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, encryption: { keySource: "Microsoft.Storage" } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an account with infrastructure encryption",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: {
                            resourceGroupName: "rg-data",
                            kind: "StorageV2",
                            sku: { name: "Standard_LRS" },
                            encryption: { keySource: "Microsoft.Storage", requireInfrastructureEncryption: true },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:storage:StorageAccount",
    path: ["encryption", "requireInfrastructureEncryption"],
    expected: true,
    message: (ctx, value) =>
        `Storage account \`${ctx.name}\` has no infrastructure encryption: encryption.requireInfrastructureEncryption is ${describeFlag(value)}. Set it to true (on a new account: it cannot be changed later).`,
});
