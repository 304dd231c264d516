import { defineRule } from "../../../src";
import { at, declaredVolumes, GP3_BASELINE, gp2Baseline, VOLUME_RESOURCE_TYPES, volumeType } from "../lib/ebs";
import type {} from "../../../src/types/aws/ebs";
import type {} from "../../../src/types/aws/ec2";

export default defineRule({
    id: "cost-ebs-use-gp3",
    title: "EBS volumes use gp3 rather than gp2",
    description:
        "gp3 costs about 20% less per GiB than gp2 and includes 3,000 IOPS and 125 MiB/s whatever the size, where gp2 ties performance to size. Moving is an online change with no downtime. A standalone volume or an instance's extra EBS block device with no type set is gp2 (AWS's default) and is reported too; an instance's root volume or a launch template mapping with no type takes the AMI's type and is not judged.",
    severity: "low",
    service: "ebs",
    tags: ["cost"],
    remediation:
        'Set the volume type to "gp3" explicitly (`type: "gp3"`, or `volumeType: "gp3"` on block devices): leaving it out means gp2. For gp2 volumes above 1,000 GiB, provision `iops` to match gp2\'s 3 IOPS per GiB; above 170 GiB, `throughput: 250` matches gp2\'s maximum.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            { description: "a gp2 volume", resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "us-east-1a", type: "gp2", size: 100 } }] },
            { description: "a volume with no type (gp2 by default)", resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "us-east-1a", size: 100 } }] },
        ],
        compliant: [{ description: "a gp3 volume", resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "us-east-1a", type: "gp3", size: 100 } }] }],
    },
    resourceType: [...VOLUME_RESOURCE_TYPES],
    validate(props, ctx) {
        for (const volume of declaredVolumes(ctx.type, props, ctx.name)) {
            const { type, defaulted } = volumeType(volume);
            if (type !== "gp2") continue;
            ctx.report({
                message: defaulted
                    ? `${volume.label} sets no type, so AWS makes it a gp2 volume; gp3 is cheaper per GiB with a higher baseline.`
                    : `${volume.label} is a gp2 volume; gp3 is cheaper per GiB with a higher baseline.`,
                propertyPath: at(volume.path, volume.typeKey),
            });
        }
    },
    remediate(props, ctx) {
        for (const volume of declaredVolumes(ctx.type, props, ctx.name)) {
            const settings = volume.settings;
            if (volumeType(volume).type !== "gp2") continue;
            const size = settings[volume.sizeKey];
            // Keep gp2's performance on large volumes: gp3's baseline is lower above 1,000 GiB
            // (IOPS) and above 170 GiB (throughput). Never lower a value the user set.
            if (typeof size === "number" && size > 0) {
                const baseline = gp2Baseline(size);
                if (baseline.iops > GP3_BASELINE.iops && settings.iops === undefined) settings.iops = baseline.iops;
                if (baseline.throughput > GP3_BASELINE.throughput && settings.throughput === undefined) settings.throughput = baseline.throughput;
            }
            settings[volume.typeKey] = "gp3";
        }
    },
});
