import { defineRule } from "../../../src";
import { at, declaredVolumes, VOLUME_RESOURCE_TYPES } from "../lib/ebs";
import type {} from "../../../src/types/aws/ebs";
import type {} from "../../../src/types/aws/ec2";

export default defineRule({
    id: "cost-ebs-volume-size-cap",
    title: "EBS volumes stay under the size cap",
    description:
        "EBS bills provisioned size, not used space, and volumes can grow online but never shrink. A cap catches a stray extra zero before it is billed every month.",
    severity: "low",
    service: "ebs",
    tags: ["cost"],
    remediation:
        "Provision what the data needs now and grow the volume later (EBS volumes can be enlarged online), or raise `maxSizeGib` in the policy configuration for workloads that need it.",
    defaultLevel: "advisory",
    configSchema: {
        properties: { maxSizeGib: { type: "integer", minimum: 1, description: "Largest volume size allowed, in GiB." } },
    },
    configDefaults: { maxSizeGib: 1000 },
    examples: {
        violating: [{ description: "a 4 TiB volume", resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "us-east-1a", type: "gp3", size: 4096 } }] }],
        compliant: [{ description: "a 200 GiB volume", resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "us-east-1a", type: "gp3", size: 200 } }] }],
    },
    resourceType: [...VOLUME_RESOURCE_TYPES],
    validate(props, ctx) {
        const cap = ctx.config.maxSizeGib;
        for (const volume of declaredVolumes(ctx.type, props, ctx.name)) {
            const size = volume.settings[volume.sizeKey];
            if (typeof size === "number" && size > cap) {
                ctx.report({ message: `${volume.label} is ${size} GiB, above the ${cap} GiB cap.`, propertyPath: at(volume.path, volume.sizeKey) });
            }
        }
    },
});
