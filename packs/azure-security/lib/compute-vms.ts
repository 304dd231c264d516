/**
 * Virtual machines and scale sets carry the same OS, storage and security profiles: on a VM at
 * the top of its props, on a scale set under `virtualMachineProfile`. The compute rules read
 * them through `machineProfile` so both are judged the same way.
 */
import { recordOf, type ResourceType, type TypedResource } from "../../../src";
import type {} from "../../../src/types/azure-native/compute";

/** The resources the VM rules judge. */
export const MACHINE_TYPES = ["azure-native:compute:VirtualMachine", "azure-native:compute:VirtualMachineScaleSet"] as const satisfies readonly ResourceType[];

export type MachineType = (typeof MACHINE_TYPES)[number];

/** A VM's or scale set's profiles, and where they sit (`""` or `"virtualMachineProfile."`). */
export interface MachineProfile {
    readonly kind: "Virtual machine" | "Scale set";
    readonly pathPrefix: string;
    readonly osProfile: unknown;
    readonly storageProfile: unknown;
    readonly securityProfile: unknown;
}

/**
 * The profiles of a VM, or of a scale set's instances; undefined for a scale set without a
 * `virtualMachineProfile` (a Flexible one whose VMs are created on their own, each judged as a VM).
 * The profiles are read lazily, so a rule reads only what it needs.
 */
export function machineProfile(resource: TypedResource<MachineType>): MachineProfile | undefined {
    if (resource.type === "azure-native:compute:VirtualMachine") {
        const props = resource.props;
        return {
            kind: "Virtual machine",
            pathPrefix: "",
            get osProfile() {
                return props.osProfile;
            },
            get storageProfile() {
                return props.storageProfile;
            },
            get securityProfile() {
                return props.securityProfile;
            },
        };
    }
    const profile = resource.props.virtualMachineProfile;
    if (profile === undefined || profile === null) return undefined;
    const record = recordOf(profile);
    return {
        kind: "Scale set",
        pathPrefix: "virtualMachineProfile.",
        get osProfile() {
            return record.osProfile;
        },
        get storageProfile() {
            return record.storageProfile;
        },
        get securityProfile() {
            return record.securityProfile;
        },
    };
}

/** The enum string lower-cased and trimmed (Azure compares enums ignoring case); "" for anything else. */
export function lower(value: unknown): string {
    return typeof value === "string" ? value.trim().toLowerCase() : "";
}

/**
 * The guest OS, from what the program says: a `linuxConfiguration` or `windowsConfiguration`
 * block, the OS disk's `osType`, or a Microsoft Windows marketplace image. "unstated" when none
 * of these tells (a gallery or custom image with no OS block).
 */
export function guestOs(machine: MachineProfile): "linux" | "windows" | "unstated" {
    const os = recordOf(machine.osProfile);
    if (os.linuxConfiguration !== undefined && os.linuxConfiguration !== null) return "linux";
    if (os.windowsConfiguration !== undefined && os.windowsConfiguration !== null) return "windows";
    const storage = recordOf(machine.storageProfile);
    const osType = lower(recordOf(storage.osDisk).osType);
    if (osType === "linux" || osType === "windows") return osType;
    const image = recordOf(storage.imageReference);
    // Microsoft's Windows images are published as MicrosoftWindowsServer, MicrosoftWindowsDesktop, ...
    if (lower(image.publisher).startsWith("microsoftwindows") || lower(image.offer).includes("windows")) return "windows";
    return "unstated";
}
