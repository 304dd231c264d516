import { defineRule } from "../../../src";
import { quotedEnum } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/storage";

/** "TLS1_2" (any case) as its minor version, 2; undefined for a value that is not TLS1_<n>. */
function tlsMinor(value: unknown): number | undefined {
    if (typeof value !== "string") return undefined;
    const match = /^tls1_(\d)$/i.exec(value.trim());
    return match ? Number(match[1]) : undefined;
}

export default defineRule({
    id: "azure-storage-account-minimum-tls-1-2",
    title: "Storage accounts require TLS 1.2 or later",
    description:
        "TLS 1.0 and 1.1 have known weaknesses and no longer meet current standards. A storage account whose minimum TLS version is lower than 1.2 lets clients negotiate those versions; without the setting Azure accepts TLS 1.0.",
    severity: "medium",
    service: "storage",
    frameworks: {
        "cis-azure-6.0": ["9.3.6"],
        "nist-800-53-r5": ["SC-8", "SC-13"],
    },
    tags: ["encryption", "in-transit"],
    remediation: 'Set `minimumTlsVersion: "TLS1_2"` on the storage account, after checking that no client still connects with TLS 1.0 or 1.1.',
    defaultLevel: "mandatory",
    messages: {
        tlsTooLow: "Storage account `{{name}}` accepts TLS versions older than 1.2: minimumTlsVersion is {{value}}. Set minimumTlsVersion to \"TLS1_2\".",
        tlsUnset: "Storage account `{{name}}` accepts TLS 1.0: minimumTlsVersion is not set, and Azure's default is TLS 1.0. Set minimumTlsVersion to \"TLS1_2\".",
        tlsUnreadable: "Storage account `{{name}}` has a minimumTlsVersion that is not a TLS version (TLS1_0, TLS1_1, TLS1_2). Set minimumTlsVersion to \"TLS1_2\".",
    },
    examples: {
        violating: [
            {
                description: "an account accepting TLS 1.0",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, minimumTlsVersion: "TLS1_0" },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an account requiring TLS 1.2",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, minimumTlsVersion: "TLS1_2" },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:storage:StorageAccount",
    validate(props, ctx) {
        const value: unknown = props.minimumTlsVersion;
        const propertyPath = "minimumTlsVersion";
        // The service treats an absent value as TLS 1.0 (SDK doc comment: "The default interpretation is TLS 1.0").
        if (value === undefined || value === null) {
            ctx.report({ messageId: "tlsUnset", data: { name: ctx.name }, propertyPath });
            return;
        }
        const minor = tlsMinor(value);
        if (minor !== undefined && minor >= 2) return;
        const quoted = quotedEnum(value);
        if (minor !== undefined && quoted) ctx.report({ messageId: "tlsTooLow", data: { name: ctx.name, value: quoted }, propertyPath });
        else ctx.report({ messageId: "tlsUnreadable", data: { name: ctx.name }, propertyPath });
    },
    remediate(props) {
        props.minimumTlsVersion = "TLS1_2";
    },
});
