import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/ec2";

/** Launch templates take `encrypted` as the string "true" or "false"; accept a boolean too. */
function isTrue(value: unknown): boolean {
    return value === true || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

export default defineRule({
    id: "ec2-launch-template-ebs-encrypted",
    title: "Launch templates encrypt their EBS volumes",
    description:
        "Every instance started from a launch template, by hand or by an Auto Scaling group, gets the volumes the template describes. One unencrypted mapping there multiplies into unencrypted data on every instance.",
    severity: "high",
    service: "ec2",
    frameworks: {
        "aws-fsbp": ["EC2.3"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        'Set `ebs.encrypted` to "true" on every entry of `blockDeviceMappings` that has an `ebs` block (optionally with `ebs.kmsKeyId`), or turn on EBS encryption by default for the account.',
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            assumeEncryptionByDefault: {
                type: "boolean",
                description: 'Treat an unset `ebs.encrypted` as encrypted, because EBS encryption by default is on in every account and region you deploy to. An explicit "false" is still reported.',
            },
        },
    },
    configDefaults: { assumeEncryptionByDefault: false },
    examples: {
        violating: [
            {
                description: "a template that maps an unencrypted volume",
                resources: [
                    {
                        type: "aws:ec2/launchTemplate:LaunchTemplate",
                        name: "app",
                        props: {
                            namePrefix: "app-",
                            imageId: "ami-0abcdef1234567890",
                            instanceType: "t3.micro",
                            blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 30, volumeType: "gp3" } }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a template that maps an encrypted volume",
                resources: [
                    {
                        type: "aws:ec2/launchTemplate:LaunchTemplate",
                        name: "app",
                        props: {
                            namePrefix: "app-",
                            imageId: "ami-0abcdef1234567890",
                            instanceType: "t3.micro",
                            blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 30, volumeType: "gp3", encrypted: "true" } }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ec2/launchTemplate:LaunchTemplate",
    validate(props, ctx) {
        listOf(props.blockDeviceMappings).forEach((entry, index) => {
            const mapping = recordOf(entry);
            // Instance-store (virtualName) and suppressed (noDevice) mappings have no EBS volume.
            if (mapping.ebs === undefined || mapping.ebs === null) return;
            const encrypted = recordOf(mapping.ebs).encrypted;
            if (isTrue(encrypted)) return;
            if (encrypted === undefined && ctx.config.assumeEncryptionByDefault) return;
            ctx.report({
                message: `Launch template \`${ctx.name}\` maps an unencrypted EBS volume in blockDeviceMappings[${index}].`,
                propertyPath: propertyPath("blockDeviceMappings", index, "ebs", "encrypted"),
            });
        });
    },
});
