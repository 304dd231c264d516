/** The EBS volumes a resource declares: standalone volumes and instance / launch template block devices. */
import { listOf, propertyPath, recordOf } from "../../../src";

export const VOLUME_RESOURCE_TYPES = [
    "aws:ebs/volume:Volume",
    "aws:ec2/instance:Instance",
    "aws:ec2/launchTemplate:LaunchTemplate",
] as const;

export interface DeclaredVolume {
    /** The object holding the volume settings (mutable, for remediation). */
    readonly settings: Record<string, unknown>;
    /** Its property path prefix ("" for a standalone volume). */
    readonly path: string;
    /** Property names of type, size, IOPS and throughput in `settings`. */
    readonly typeKey: "type" | "volumeType";
    readonly sizeKey: "size" | "volumeSize";
    /** "Volume `data`" / "Instance `web`'s root volume" (name added by the caller). */
    readonly label: string;
}

/** Joins a prefix and a key into a property path. */
export function at(prefix: string, key: string): string {
    return prefix === "" ? key : `${prefix}.${key}`;
}

/**
 * The volumes of an `aws:ebs/volume:Volume`, an instance (root and EBS block devices) or a launch
 * template (block device mappings). Wrong-typed entries are skipped.
 */
export function declaredVolumes(type: string, props: Record<string, unknown>, name: string): DeclaredVolume[] {
    if (type === "aws:ebs/volume:Volume") {
        return [{ settings: props, path: "", typeKey: "type", sizeKey: "size", label: `Volume \`${name}\`` }];
    }
    const volumes: DeclaredVolume[] = [];
    if (type === "aws:ec2/instance:Instance") {
        const root = props.rootBlockDevice;
        if (root !== null && typeof root === "object" && !Array.isArray(root)) {
            volumes.push({ settings: root as Record<string, unknown>, path: "rootBlockDevice", typeKey: "volumeType", sizeKey: "volumeSize", label: `Instance \`${name}\`'s root volume` });
        }
        listOf(props.ebsBlockDevices).forEach((device, index) => {
            if (device === null || typeof device !== "object" || Array.isArray(device)) return;
            volumes.push({
                settings: device as Record<string, unknown>,
                path: propertyPath("ebsBlockDevices", index),
                typeKey: "volumeType",
                sizeKey: "volumeSize",
                label: `Instance \`${name}\`'s EBS block device ${index}`,
            });
        });
    } else if (type === "aws:ec2/launchTemplate:LaunchTemplate") {
        listOf(props.blockDeviceMappings).forEach((mapping, index) => {
            const ebs = recordOf(mapping).ebs;
            if (ebs === null || typeof ebs !== "object" || Array.isArray(ebs)) return;
            volumes.push({
                settings: ebs as Record<string, unknown>,
                path: propertyPath("blockDeviceMappings", index, "ebs"),
                typeKey: "volumeType",
                sizeKey: "volumeSize",
                label: `Launch template \`${name}\`'s block device mapping ${index}`,
            });
        });
    }
    return volumes;
}

/** The gp2 baseline a gp3 volume must match so that moving to gp3 loses no performance. */
export function gp2Baseline(sizeGib: number): { iops: number; throughput: number } {
    // gp2: 3 IOPS per GiB (minimum 100, maximum 16,000); throughput up to 250 MiB/s above
    // 170 GiB. Up to 170 GiB gp2 tops out at 128 MiB/s, within 3 MiB/s of gp3's included 125:
    // not worth provisioning (and paying for) extra throughput.
    const iops = Math.min(Math.max(Math.ceil(sizeGib * 3), 100), 16000);
    const throughput = sizeGib > 170 ? 250 : GP3_BASELINE.throughput;
    return { iops, throughput };
}

/** gp3's included baseline. */
export const GP3_BASELINE = { iops: 3000, throughput: 125 } as const;
