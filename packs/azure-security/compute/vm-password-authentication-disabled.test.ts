import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./vm-password-authentication-disabled";

type Vm = MockProps<"azure-native:compute:VirtualMachine">;
const vm = (props: Omit<Vm, "resourceGroupName">) => mockResource("azure-native:compute:VirtualMachine", { resourceGroupName: "rg", ...props }, { name: "web" });
const PATH = "osProfile.linuxConfiguration.disablePasswordAuthentication";
const ubuntu = { imageReference: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" } };

export const cases: RuleCase[] = [
    {
        name: "Linux with password authentication on",
        resources: vm({ osProfile: { adminUsername: "azureuser", adminPassword: "x", linuxConfiguration: { disablePasswordAuthentication: false } }, storageProfile: ubuntu }),
        expect: { violations: [{ messageId: "passwordsAllowed", data: { kind: "Virtual machine", name: "web", path: PATH, state: "not true" }, propertyPath: PATH }] },
    },
    {
        name: "Linux configuration without the setting: defaults to passwords allowed",
        resources: vm({ osProfile: { adminUsername: "azureuser", linuxConfiguration: { provisionVMAgent: true } }, storageProfile: ubuntu }),
        expect: { violations: [{ messageId: "passwordsAllowed", data: { kind: "Virtual machine", name: "web", path: PATH, state: "not set, and defaults to false" } }] },
    },
    {
        name: "Linux told by the OS disk type",
        resources: vm({ osProfile: { adminUsername: "azureuser", adminPassword: "x" }, storageProfile: { osDisk: { createOption: "FromImage", osType: "Linux" } } }),
        expect: { violations: [{ messageId: "passwordsAllowed", propertyPath: PATH }] },
    },
    { name: "Linux with SSH keys only", resources: vm({ osProfile: { adminUsername: "azureuser", linuxConfiguration: { disablePasswordAuthentication: true } }, storageProfile: ubuntu }), expect: "pass" },
    { name: "Windows configuration: not judged by this rule", resources: vm({ osProfile: { adminUsername: "admin", adminPassword: "x", windowsConfiguration: { provisionVMAgent: true } } }), expect: "pass" },
    {
        name: "Windows told by the marketplace image",
        resources: vm({ osProfile: { adminUsername: "admin", adminPassword: "x" }, storageProfile: { imageReference: { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2022-datacenter-azure-edition" } } }),
        expect: "pass",
    },
    { name: "Windows told by the OS disk type (case ignored)", resources: vm({ osProfile: { adminUsername: "admin" }, storageProfile: { osDisk: { createOption: "FromImage", osType: "windows" as "Windows" } } }), expect: "pass" },
    {
        name: "OS not stated (a gallery image, no OS block)",
        resources: vm({ osProfile: { adminUsername: "azureuser", adminPassword: "x" }, storageProfile: { imageReference: { id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/base" } } }),
        expect: { violations: [{ messageId: "osUnstated", data: { kind: "Virtual machine", name: "web", path: PATH }, propertyPath: PATH }] },
    },
    { name: "attached OS disk, no osProfile: not provisioned by Azure", resources: vm({ storageProfile: { osDisk: { createOption: "Attach", managedDisk: { id: "/subscriptions/0/disks/os" } } } }), expect: "pass" },
    {
        name: "scale set with passwords",
        resources: mockResource("azure-native:compute:VirtualMachineScaleSet", { resourceGroupName: "rg", virtualMachineProfile: { osProfile: { adminUsername: "azureuser", linuxConfiguration: {} } } }, { name: "pool" }),
        expect: { violations: [{ messageId: "passwordsAllowed", data: { kind: "Scale set", name: "pool", path: `virtualMachineProfile.${PATH}`, state: "not set, and defaults to false" }, propertyPath: `virtualMachineProfile.${PATH}` }] },
    },
    {
        name: "scale set with SSH keys only",
        resources: mockResource("azure-native:compute:VirtualMachineScaleSet", { resourceGroupName: "rg", virtualMachineProfile: { osProfile: { linuxConfiguration: { disablePasswordAuthentication: true } } } }, { name: "pool" }),
        expect: "pass",
    },
    { name: "flexible scale set without a VM profile", resources: mockResource("azure-native:compute:VirtualMachineScaleSet", { resourceGroupName: "rg", orchestrationMode: "Flexible" }, { name: "pool" }), expect: "pass" },
    { name: "setting unknown during preview", resources: vm({ osProfile: { linuxConfiguration: { disablePasswordAuthentication: unknown("boolean") } } }), expect: "skipped" },
    { name: "OS profile unknown during preview", resources: vm({ osProfile: unknown("object") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
