import { defineRule, recordOf } from "../../../src";
import { guestOs, machineProfile, MACHINE_TYPES } from "../lib/compute-vms";

/**
 * Linux VMs and scale sets only: `osProfile.linuxConfiguration.disablePasswordAuthentication`
 * defaults to false. Windows machines (a `windowsConfiguration`, an OS disk of `osType`
 * "Windows", or a Microsoft Windows image) are not judged. A machine without an `osProfile`
 * (booted from an attached, already provisioned disk) is not provisioned by Azure and is not
 * judged either. When nothing tells the OS, the rule asks the program to say it.
 */
export default defineRule({
    id: "azure-compute-vm-password-authentication-disabled",
    title: "Linux virtual machines accept SSH keys only, not passwords",
    description:
        "A Linux VM that accepts passwords over SSH can be brute-forced or sprayed with leaked passwords by anyone who reaches port 22. With password authentication disabled, only holders of an authorised SSH key can sign in.",
    severity: "high",
    service: "compute",
    frameworks: { "nist-800-53-r5": ["IA-2", "IA-5"] },
    tags: ["credentials", "ssh"],
    remediation:
        "On the azure-native.compute.VirtualMachine set `osProfile.linuxConfiguration.disablePasswordAuthentication: true` with `osProfile.linuxConfiguration.ssh.publicKeys`, and drop `adminPassword`; on a VirtualMachineScaleSet set the same under `virtualMachineProfile.osProfile`.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a Linux VM with a password",
                resources: [
                    {
                        type: "azure-native:compute:VirtualMachine",
                        name: "web",
                        props: { resourceGroupName: "rg-vm", osProfile: { computerName: "web", adminUsername: "azureuser", adminPassword: "…", linuxConfiguration: { disablePasswordAuthentication: false } } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a Linux VM with SSH keys only",
                resources: [
                    {
                        type: "azure-native:compute:VirtualMachine",
                        name: "web",
                        props: {
                            resourceGroupName: "rg-vm",
                            osProfile: {
                                computerName: "web",
                                adminUsername: "azureuser",
                                linuxConfiguration: { disablePasswordAuthentication: true, ssh: { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: "ssh-ed25519 AAAA…" }] } },
                            },
                        },
                    },
                ],
            },
        ],
    },
    messages: {
        passwordsAllowed: "{{kind}} `{{name}}` lets users sign in to Linux with a password: {{path}} is {{state}}.",
        osUnstated:
            "{{kind}} `{{name}}` does not say whether it runs Linux or Windows, so whether it accepts passwords cannot be told: set {{path}} to true for Linux, or add a windowsConfiguration for Windows.",
    },
    resourceType: MACHINE_TYPES,
    validate(_props, ctx) {
        const machine = machineProfile(ctx.resource);
        if (machine === undefined) return;
        const os = machine.osProfile;
        if (os === undefined || os === null) return;
        const family = guestOs(machine);
        if (family === "windows") return;
        const path = `${machine.pathPrefix}osProfile.linuxConfiguration.disablePasswordAuthentication`;
        const data = { kind: machine.kind, name: ctx.name, path };
        if (family === "unstated") {
            ctx.report({ messageId: "osUnstated", data, propertyPath: path });
            return;
        }
        const disabled = recordOf(recordOf(os).linuxConfiguration).disablePasswordAuthentication;
        if (disabled === true) return;
        const state = disabled === undefined || disabled === null ? "not set, and defaults to false" : "not true";
        ctx.report({ messageId: "passwordsAllowed", data: { ...data, state }, propertyPath: path });
    },
});
