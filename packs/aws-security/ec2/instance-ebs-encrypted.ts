import { defineRule, known, listOf, propertyPath, recordOf } from "../../../src";
import { ebsEncryptionByDefault } from "../../shared/account-defaults";
import type {} from "../../../src/types/aws/ebs";
import type {} from "../../../src/types/aws/ec2";

/**
 * A stack rule, so that the account's EBS encryption by default (aws.ebs.EncryptionByDefault in
 * the same stack, matched by region) counts before an instance is blamed: with it on, AWS
 * encrypts every volume the instance creates whatever `encrypted` says.
 *
 * An instance launched from a launch template without its own rootBlockDevice takes its volumes
 * from the template, which ec2-launch-template-ebs-encrypted judges; it is not blamed twice.
 */

export default defineRule({
    id: "ec2-instance-ebs-encrypted",
    title: "Instance volumes are encrypted",
    description:
        "The root and data volumes an instance creates hold its operating system, application data and often credentials. Unencrypted, they and every snapshot taken from them can be read by anyone who obtains a copy. Volumes count as encrypted when they say so or when the stack turns on EBS encryption by default for the instance's region; a missing rootBlockDevice is reported (the AMI would decide), which is stricter than tools that judge only declared devices.",
    severity: "high",
    service: "ec2",
    frameworks: {
        "aws-fsbp": ["EC2.3"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `encrypted: true` on `rootBlockDevice` and on every entry of `ebsBlockDevices` (optionally with `kmsKeyId`), or declare aws.ebs.EncryptionByDefault (enabled) for the region in the same stack. Changing it replaces the volumes, so move data you need first.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            assumeEncryptionByDefault: {
                type: "boolean",
                description: "Treat an unset `encrypted` (and a missing rootBlockDevice) as encrypted, because EBS encryption by default is on in every account and region you deploy to (set outside this stack). An explicit false is still reported. An EncryptionByDefault in the stack is honoured without this.",
            },
        },
    },
    configDefaults: { assumeEncryptionByDefault: false },
    messages: {
        noRootDevice: "Instance `{{name}}` does not ask for an encrypted root volume (no rootBlockDevice), so it is encrypted only if the AMI or the account default says so.",
        rootUnencrypted: "Instance `{{name}}` has an unencrypted root volume.",
        dataUnencrypted: "Instance `{{name}}` attaches an unencrypted EBS volume in ebsBlockDevices[{{index}}].",
    },
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
    stack: true,
    validate(stack, ctx) {
        const defaults = ebsEncryptionByDefault(stack);
        const assume = ctx.config.assumeEncryptionByDefault;
        for (const instance of stack.ofType("aws:ec2/instance:Instance")) {
            const props = instance.props;
            // Each finding notes whether `encrypted` is merely unset (which assumeEncryptionByDefault forgives).
            const found: Array<{ messageId: string; index?: number; propertyPath: string; unset: boolean }> = [];
            const judged = known(() => {
                const root = props.rootBlockDevice;
                if (root === undefined || root === null) {
                    // Without a rootBlockDevice the AMI's snapshot (or the launch template, when there is one) decides.
                    if (!props.launchTemplate) found.push({ messageId: "noRootDevice", propertyPath: "rootBlockDevice.encrypted", unset: true });
                } else {
                    const encrypted = recordOf(root).encrypted;
                    if (encrypted !== true) found.push({ messageId: "rootUnencrypted", propertyPath: "rootBlockDevice.encrypted", unset: encrypted === undefined });
                }
                const devices = listOf(props.ebsBlockDevices);
                for (let index = 0; index < devices.length; index++) {
                    const encrypted = recordOf(devices[index]).encrypted;
                    if (encrypted !== true) {
                        found.push({ messageId: "dataUnencrypted", index, propertyPath: propertyPath("ebsBlockDevices", index, "encrypted"), unset: encrypted === undefined });
                    }
                }
            });
            if (!judged.known || found.length === 0) continue;
            const byDefault = defaults.stateFor(instance);
            // On: AWS encrypts every volume anyway. Unknown (preview): not judged, noted by the read.
            if (byDefault === "on" || byDefault === "unknown") continue;
            // The assumption stands in for a default outside the stack; one in the stack that is off wins.
            const forgiveUnset = assume && byDefault === undefined;
            for (const f of found) {
                if (f.unset && forgiveUnset) continue;
                ctx.report({
                    urn: instance.urn,
                    messageId: f.messageId,
                    data: f.index === undefined ? { name: instance.name } : { name: instance.name, index: f.index },
                    propertyPath: f.propertyPath,
                });
            }
        }
    },
});
