import { requireSetting } from "../../shared/flag-rule";
import { describeFlag } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/storage";

/** An absent enableHttpsTrafficOnly is true: the service default since API version 2019-04-01, which every azure-native v3 version postdates. */
export default requireSetting({
    id: "azure-storage-account-https-only",
    title: "Storage accounts accept HTTPS only",
    description:
        "A storage account that accepts plain HTTP sends its data, shared access signatures and shared keys in clear text, where anyone on the path can read or alter them. Requiring secure transfer rejects every request that does not use HTTPS (or SMB with encryption).",
    severity: "high",
    service: "storage",
    frameworks: {
        "cis-azure-6.0": ["9.3.4"],
        "nist-800-53-r5": ["SC-8", "SC-8(1)"],
    },
    tags: ["encryption", "in-transit"],
    remediation: "Set `enableHttpsTrafficOnly: true` on the storage account (or leave it out, which means true), and move any client still using http:// URLs to https://.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "an account accepting plain HTTP",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, enableHttpsTrafficOnly: false },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an account requiring secure transfer",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, enableHttpsTrafficOnly: true },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:storage:StorageAccount",
    path: ["enableHttpsTrafficOnly"],
    expected: true,
    defaultSatisfies: true,
    message: (ctx, value) =>
        `Storage account \`${ctx.name}\` accepts plain HTTP: enableHttpsTrafficOnly is ${describeFlag(value)}. Set enableHttpsTrafficOnly to true.`,
    remediate(props) {
        props.enableHttpsTrafficOnly = true;
    },
});
