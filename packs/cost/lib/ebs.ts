/** The EBS volumes a resource declares: standalone volumes and instance / launch template block devices. */
import { listOf, propertyPath, recordOf } from "../../../src";

export const VOLUME_RESOURCE_TYPES = [
    "aws:ebs/volume:Volume",
    "aws:ec2/instance:Instance",
    "aws:ec2/launchTemplate:LaunchTemplate",
] as const;

/**
 * The type AWS gives a standalone volume (`aws:ebs/volume:Volume`) or an instance's
 * `ebsBlockDevices` entry created without one: gp2. Both the provider docs ("Defaults to `gp2`")
 * and CreateVolume ("Default: gp2") say so. An instance's root volume and a launch template's
 * block device mapping take the type from the AMI's block device mapping instead (gp2 on older
 * AMIs, gp3 on many current ones): unknown from the program, so not assumed.
 */
export const STANDALONE_VOLUME_DEFAULT_TYPE = "gp2";

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
    /** The type AWS uses when none is set, where the program fixes it (see STANDALONE_VOLUME_DEFAULT_TYPE). */
    readonly defaultType?: typeof STANDALONE_VOLUME_DEFAULT_TYPE;
}

/**
 * The volume's type: the one set, else AWS's default where the program fixes it (`defaulted`
 * true), else undefined (taken from the AMI). A type set to a non-string is returned as is.
 */
export function volumeType(volume: DeclaredVolume): { type: unknown; defaulted: boolean } {
    const set = volume.settings[volume.typeKey];
    if ((set === undefined || set === null) && volume.defaultType !== undefined) return { type: volume.defaultType, defaulted: true };
    return { type: set, defaulted: false };
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
        return [{ settings: props, path: "", typeKey: "type", sizeKey: "size", label: `Volume \`${name}\``, defaultType: STANDALONE_VOLUME_DEFAULT_TYPE }];
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
                defaultType: STANDALONE_VOLUME_DEFAULT_TYPE,
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
