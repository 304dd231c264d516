import { requireSetting } from "../../shared/flag-rule";
import { describeFlag } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/storage";

/** An absent allowBlobPublicAccess is false: the SDK documents "the default interpretation is false", as for every account created since late 2023. */
export default requireSetting({
    id: "azure-storage-account-no-public-blob-access",
    title: "Storage accounts do not allow anonymous blob access",
    description:
        "When a storage account allows anonymous access, any container in it can be made readable by anyone who knows or guesses its URL, with no credentials and no audit trail of who read what. Disallowing it at the account overrides every container's public access level.",
    severity: "high",
    service: "storage",
    frameworks: {
        "cis-azure-6.0": ["9.3.8"],
        "nist-800-53-r5": ["AC-3", "AC-6"],
    },
    tags: ["exposure", "data"],
    remediation: "Set `allowBlobPublicAccess: false` on the storage account (or leave it out, which means false), and serve public content through a CDN or short-lived SAS URLs instead.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "an account that lets containers be public",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, allowBlobPublicAccess: true },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an account that disallows anonymous access",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, allowBlobPublicAccess: false },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:storage:StorageAccount",
    path: ["allowBlobPublicAccess"],
    expected: false,
    defaultSatisfies: true,
    message: (ctx, value) =>
        `Storage account \`${ctx.name}\` allows anonymous blob access: allowBlobPublicAccess is ${describeFlag(value)}. Set allowBlobPublicAccess to false.`,
    remediate(props) {
        props.allowBlobPublicAccess = false;
    },
});
