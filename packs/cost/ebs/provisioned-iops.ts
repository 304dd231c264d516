import { defineRule } from "../../../src";
import { at, declaredVolumes, VOLUME_RESOURCE_TYPES } from "../lib/ebs";
import type {} from "../../../src/types/aws/ebs";
import type {} from "../../../src/types/aws/ec2";

export default defineRule({
    id: "cost-ebs-provisioned-iops",
    title: "Provisioned IOPS volumes (io1/io2) are justified",
    description:
        "io1 and io2 volumes bill every provisioned IOPS each month on top of a higher per-GiB price. Unless a volume needs more IOPS than gp3 can deliver, or io2's durability, gp3 with provisioned IOPS gives the same performance for much less.",
    severity: "low",
    service: "ebs",
    tags: ["cost"],
    remediation:
        'Use `type: "gp3"` with `iops` and `throughput` set to what the workload needs; keep io2 for volumes that need more IOPS than gp3 offers or its higher durability.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            gp3MaxIops: {
                type: "integer",
                minimum: 3000,
                description: "IOPS gp3 can deliver; io1/io2 volumes provisioned above this are not reported.",
            },
        },
    },
    configDefaults: { gp3MaxIops: 16000 },
    examples: {
        violating: [{ description: "io1 at a rate gp3 delivers", resources: [{ type: "aws:ebs/volume:Volume", name: "db", props: { availabilityZone: "us-east-1a", type: "io1", size: 200, iops: 5000 } }] }],
        compliant: [{ description: "gp3 with provisioned IOPS", resources: [{ type: "aws:ebs/volume:Volume", name: "db", props: { availabilityZone: "us-east-1a", type: "gp3", size: 200, iops: 5000 } }] }],
    },
    resourceType: [...VOLUME_RESOURCE_TYPES],
    validate(props, ctx) {
        for (const volume of declaredVolumes(ctx.type, props, ctx.name)) {
            const type = volume.settings[volume.typeKey];
            if (type !== "io1" && type !== "io2") continue;
            const iops = volume.settings.iops;
            if (typeof iops === "number" && iops > ctx.config.gp3MaxIops) continue;
            const io1Note = type === "io1" ? " (if it stays on provisioned IOPS, io2 costs the same as io1 with higher durability)" : "";
            ctx.report({
                message: `${volume.label} is a provisioned IOPS (${type}) volume at ${typeof iops === "number" ? `${iops} IOPS` : "an unstated IOPS rate"}, which gp3 can deliver for less${io1Note}.`,
                propertyPath: at(volume.path, volume.typeKey),
            });
        }
    },
});
