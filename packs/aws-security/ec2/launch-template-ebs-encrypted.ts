import { defineRule, known, listOf, propertyPath, recordOf, type StackResource } from "../../../src";
import { ebsEncryptionByDefault } from "../../shared/account-defaults";
import type {} from "../../../src/types/aws/ebs";
import type {} from "../../../src/types/aws/ec2";

const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const LAUNCH_CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";

interface Finding {
    readonly messageId: "templateMapping" | "configurationRoot" | "configurationData";
    readonly index?: number;
    readonly propertyPath: string;
    /** `encrypted` is unset (which assumeEncryptionByDefault forgives), not false. */
    readonly unset: boolean;
}

/** The unencrypted EBS volumes a launch template maps (instance-store and suppressed mappings have none). */
function templateFindings(props: Record<string, unknown>): Finding[] {
    const found: Finding[] = [];
    const mappings = listOf(props.blockDeviceMappings);
    for (let index = 0; index < mappings.length; index++) {
        const mapping = recordOf(mappings[index]);
        if (mapping.ebs === undefined || mapping.ebs === null) continue;
        const encrypted = recordOf(mapping.ebs).encrypted;
        if (isTrue(encrypted)) continue;
        found.push({ messageId: "templateMapping", index, propertyPath: propertyPath("blockDeviceMappings", index, "ebs", "encrypted"), unset: encrypted === undefined });
    }
    return found;
}

/** The unencrypted volumes of a launch configuration: rootBlockDevice (when declared) and ebsBlockDevices (except noDevice ones). */
function configurationFindings(props: Record<string, unknown>): Finding[] {
    const found: Finding[] = [];
    const root = props.rootBlockDevice;
    if (root !== undefined && root !== null) {
        const encrypted = recordOf(root).encrypted;
        if (!isTrue(encrypted)) found.push({ messageId: "configurationRoot", propertyPath: "rootBlockDevice.encrypted", unset: encrypted === undefined });
    }
    const devices = listOf(props.ebsBlockDevices);
    for (let index = 0; index < devices.length; index++) {
        const device = recordOf(devices[index]);
        if (device.noDevice === true) continue;
        if (isTrue(device.encrypted)) continue;
        found.push({ messageId: "configurationData", index, propertyPath: propertyPath("ebsBlockDevices", index, "encrypted"), unset: device.encrypted === undefined });
    }
    return found;
}

/** Launch templates take `encrypted` as the string "true" or "false"; accept a boolean too. */
function isTrue(value: unknown): boolean {
    return value === true || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

export default defineRule({
    id: "ec2-launch-template-ebs-encrypted",
    title: "Launch templates and launch configurations encrypt their EBS volumes",
    description:
        "Every instance started from a launch template, by hand or by an Auto Scaling group, gets the volumes the template describes. One unencrypted mapping there multiplies into unencrypted data on every instance. Launch configurations are judged the same way. A volume counts as encrypted when it says so or when the stack turns on EBS encryption by default for the region.",
    severity: "high",
    service: "ec2",
    frameworks: {
        "aws-fsbp": ["EC2.181"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        'Set `ebs.encrypted` to "true" on every entry of `blockDeviceMappings` that has an `ebs` block (optionally with `ebs.kmsKeyId`); on a launch configuration set `encrypted: true` on `rootBlockDevice` and every `ebsBlockDevices` entry. Or declare aws.ebs.EncryptionByDefault (enabled) for the region in the same stack.',
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            assumeEncryptionByDefault: {
                type: "boolean",
                description: 'Treat an unset `ebs.encrypted` as encrypted, because EBS encryption by default is on in every account and region you deploy to (set outside this stack). An explicit "false" is still reported. An EncryptionByDefault in the stack is honoured without this.',
            },
        },
    },
    configDefaults: { assumeEncryptionByDefault: false },
    messages: {
        templateMapping: "Launch template `{{name}}` maps an unencrypted EBS volume in blockDeviceMappings[{{index}}].",
        configurationRoot: "Launch configuration `{{name}}` has an unencrypted root volume.",
        configurationData: "Launch configuration `{{name}}` attaches an unencrypted EBS volume in ebsBlockDevices[{{index}}].",
    },
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
    stack: true,
    validate(stack, ctx) {
        const defaults = ebsEncryptionByDefault(stack);
        const judge = (resource: StackResource, read: (props: Record<string, unknown>) => Finding[]) => {
            const found = known(() => read(recordOf(resource.props)));
            if (!found.known || found.value.length === 0) return;
            const byDefault = defaults.stateFor(resource);
            // On: AWS encrypts every volume anyway. Unknown (preview): not judged, noted by the read.
            if (byDefault === "on" || byDefault === "unknown") return;
            const forgiveUnset = ctx.config.assumeEncryptionByDefault && byDefault === undefined;
            for (const f of found.value) {
                if (f.unset && forgiveUnset) continue;
                ctx.report({
                    urn: resource.urn,
                    messageId: f.messageId,
                    data: f.index === undefined ? { name: resource.name } : { name: resource.name, index: f.index },
                    propertyPath: f.propertyPath,
                });
            }
        };
        for (const template of stack.ofType(LAUNCH_TEMPLATE)) judge(template, templateFindings);
        for (const configuration of stack.ofType(LAUNCH_CONFIGURATION)) judge(configuration, configurationFindings);
    },
});
