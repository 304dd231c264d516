import { defineRule } from "../../../src";
import { lower } from "../lib/compute-vms";
import type {} from "../../../src/types/azure-native/compute";

/**
 * A managed disk can be exported (read through a SAS URL) from the internet only when both
 * settings allow it: `networkAccessPolicy` "AllowAll" (the default) and `publicNetworkAccess`
 * "Enabled" (the default). "AllowPrivate" (through a disk access's private endpoints) or "DenyAll"
 * closes it, and so does `publicNetworkAccess: "Disabled"`.
 */
export default defineRule({
    id: "azure-compute-disk-public-network-access-disabled",
    title: "Managed disks cannot be exported from the internet",
    description:
        "Anyone who gets hold of an export SAS URL for a managed disk can download its whole content, OS, data and secrets included, from anywhere on the internet. Closing public network access, or allowing export only through private endpoints or not at all, keeps disk content inside your networks.",
    severity: "medium",
    service: "compute",
    frameworks: { "nist-800-53-r5": ["AC-3", "SC-7"] },
    tags: ["network", "data"],
    remediation:
        'Set `publicNetworkAccess: "Disabled"` on the azure-native.compute.Disk, and `networkAccessPolicy: "DenyAll"` (or "AllowPrivate" with `diskAccessId` naming an azure-native.compute.DiskAccess) to control export from private networks.',
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "a disk with the default network access", resources: [{ type: "azure-native:compute:Disk", name: "data", props: { resourceGroupName: "rg-vm", creationData: { createOption: "Empty" }, diskSizeGB: 128 } }] }],
        compliant: [
            {
                description: "a disk that cannot be exported",
                resources: [
                    { type: "azure-native:compute:Disk", name: "data", props: { resourceGroupName: "rg-vm", creationData: { createOption: "Empty" }, diskSizeGB: 128, publicNetworkAccess: "Disabled", networkAccessPolicy: "DenyAll" } },
                ],
            },
        ],
    },
    messages: {
        publicExport: 'Disk `{{name}}` can be exported from the internet: publicNetworkAccess is not "Disabled" and networkAccessPolicy is not "AllowPrivate" or "DenyAll".',
    },
    resourceType: "azure-native:compute:Disk",
    validate(props, ctx) {
        const policy = lower(props.networkAccessPolicy);
        if (policy === "allowprivate" || policy === "denyall") return;
        if (lower(props.publicNetworkAccess) === "disabled") return;
        ctx.report({ messageId: "publicExport", data: { name: ctx.name }, propertyPath: "publicNetworkAccess" });
    },
    remediate(props) {
        props.publicNetworkAccess = "Disabled";
    },
});
