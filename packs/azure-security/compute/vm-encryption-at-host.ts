import { defineRule, recordOf } from "../../../src";
import { machineProfile, MACHINE_TYPES } from "../lib/compute-vms";

/**
 * Judges encryption at host (`securityProfile.encryptionAtHost`, default false), not a disk
 * encryption set: server-side encryption of managed disks, with platform or customer keys, is
 * always on but leaves the temporary disk and the host's disk caches unencrypted, and encryption
 * at host is what covers those. The subscription must have the EncryptionAtHost feature registered.
 */
export default defineRule({
    id: "azure-compute-vm-encryption-at-host",
    title: "Virtual machines encrypt data at the host",
    description:
        "Managed disks are encrypted in storage, but a VM's temporary disk and the disk caches on its host are not, so data written there (swap, temp files, cached blocks of the OS and data disks) sits in clear on the host. Encryption at host encrypts that data on the host itself and sends it to storage already encrypted, with the disks' own keys for the caches.",
    severity: "medium",
    service: "compute",
    frameworks: { "nist-800-53-r5": ["SC-28"] },
    tags: ["encryption-at-rest"],
    remediation:
        "Set `securityProfile: { encryptionAtHost: true }` on the azure-native.compute.VirtualMachine (`virtualMachineProfile.securityProfile.encryptionAtHost` on a VirtualMachineScaleSet), after registering the Microsoft.Compute EncryptionAtHost feature on the subscription; a running VM must be deallocated to change it.",
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "a VM without encryption at host", resources: [{ type: "azure-native:compute:VirtualMachine", name: "web", props: { resourceGroupName: "rg-vm", hardwareProfile: { vmSize: "Standard_D2s_v5" } } }] }],
        compliant: [
            {
                description: "a VM with encryption at host",
                resources: [{ type: "azure-native:compute:VirtualMachine", name: "web", props: { resourceGroupName: "rg-vm", hardwareProfile: { vmSize: "Standard_D2s_v5" }, securityProfile: { encryptionAtHost: true } } }],
            },
        ],
    },
    messages: {
        notEncrypted: "{{kind}} `{{name}}` does not encrypt its temporary disk and disk caches: {{path}} is {{state}}.",
    },
    resourceType: MACHINE_TYPES,
    validate(_props, ctx) {
        const machine = machineProfile(ctx.resource);
        if (machine === undefined) return;
        const enabled = recordOf(machine.securityProfile).encryptionAtHost;
        if (enabled === true) return;
        const path = `${machine.pathPrefix}securityProfile.encryptionAtHost`;
        const state = enabled === undefined || enabled === null ? "not set, and defaults to false" : "not true";
        ctx.report({ messageId: "notEncrypted", data: { kind: machine.kind, name: ctx.name, path, state }, propertyPath: path });
    },
});
