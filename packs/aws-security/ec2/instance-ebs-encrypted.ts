import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/ec2";

export default defineRule({
    id: "ec2-instance-ebs-encrypted",
    title: "Instance volumes are encrypted",
    description:
        "The root and data volumes an instance creates hold its operating system, application data and often credentials. Unencrypted, they and every snapshot taken from them can be read by anyone who obtains a copy.",
    severity: "high",
    service: "ec2",
    frameworks: {
        "aws-fsbp": ["EC2.3"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `encrypted: true` on `rootBlockDevice` and on every entry of `ebsBlockDevices` (optionally with `kmsKeyId`), or turn on EBS encryption by default for the account. Changing it replaces the volumes, so move data you need first.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            assumeEncryptionByDefault: {
                type: "boolean",
                description: "Treat an unset `encrypted` (and a missing rootBlockDevice) as encrypted, because EBS encryption by default is on in every account and region you deploy to. An explicit false is still reported.",
            },
        },
    },
    configDefaults: { assumeEncryptionByDefault: false },
    examples: {
        violating: [
            {
                description: "an unencrypted root volume",
                resources: [
                    {
                        type: "aws:ec2/instance:Instance",
                        name: "app",
                        props: { ami: "ami-0abcdef1234567890", instanceType: "t3.micro", rootBlockDevice: { volumeSize: 30, volumeType: "gp3" } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an encrypted root volume",
                resources: [
                    {
                        type: "aws:ec2/instance:Instance",
                        name: "app",
                        props: {
                            ami: "ami-0abcdef1234567890",
                            instanceType: "t3.micro",
                            rootBlockDevice: { volumeSize: 30, volumeType: "gp3", encrypted: true },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ec2/instance:Instance",
    validate(props, ctx) {
        const assume = ctx.config.assumeEncryptionByDefault;
        const unencrypted = (value: unknown): boolean => value !== true && !(value === undefined && assume);
        const name = `\`${ctx.name}\``;

        const root = props.rootBlockDevice;
        if (root === undefined || root === null) {
            // Without a rootBlockDevice the AMI's snapshot (or the launch template, when there is one) decides.
            if (!assume && !props.launchTemplate) {
                ctx.report({
                    message: `Instance ${name} does not ask for an encrypted root volume (no rootBlockDevice), so it is encrypted only if the AMI or the account default says so.`,
                    propertyPath: "rootBlockDevice.encrypted",
                });
            }
        } else if (unencrypted(recordOf(root).encrypted)) {
            ctx.report({ message: `Instance ${name} has an unencrypted root volume.`, propertyPath: "rootBlockDevice.encrypted" });
        }

        listOf(props.ebsBlockDevices).forEach((device, index) => {
            if (unencrypted(recordOf(device).encrypted)) {
                ctx.report({
                    message: `Instance ${name} attaches an unencrypted EBS volume in ebsBlockDevices[${index}].`,
                    propertyPath: propertyPath("ebsBlockDevices", index, "encrypted"),
                });
            }
        });
    },
});
