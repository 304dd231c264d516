import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./launch-template-ebs-encrypted";

const template = (blockDeviceMappings: MockProps<"aws:ec2/launchTemplate:LaunchTemplate">["blockDeviceMappings"]) =>
    mockResource("aws:ec2/launchTemplate:LaunchTemplate", { imageId: "ami-123", blockDeviceMappings }, { name: "workers" });

const configuration = (props: MockProps<"aws:ec2/launchConfiguration:LaunchConfiguration">) =>
    mockResource("aws:ec2/launchConfiguration:LaunchConfiguration", { imageId: "ami-123", instanceType: "t3.micro", ...props }, { name: "legacy" });
const byDefault = (props: MockProps<"aws:ebs/encryptionByDefault:EncryptionByDefault">) =>
    mockResource("aws:ebs/encryptionByDefault:EncryptionByDefault", props, { name: "ebs-default" });

export const cases: RuleCase[] = [
    {
        name: "explicitly unencrypted",
        resources: template([{ deviceName: "/dev/xvda", ebs: { volumeSize: 30, encrypted: "false" } }]),
        expect: { violations: [{ propertyPath: "blockDeviceMappings[0].ebs.encrypted", messageIncludes: "`workers`" }] },
    },
    {
        name: "second mapping without encryption",
        resources: template([
            { deviceName: "/dev/xvda", ebs: { encrypted: "true" } },
            { deviceName: "/dev/xvdb", ebs: { volumeSize: 100 } },
        ]),
        expect: { violations: ["blockDeviceMappings[1].ebs.encrypted"] },
    },
    { name: "encrypted", resources: template([{ deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: "alias/ebs" } }]), expect: "pass" },
    {
        // The SDK types `encrypted` as a string; a program may still send a boolean.
        name: "boolean true is accepted",
        resources: mockResource.untyped("aws:ec2/launchTemplate:LaunchTemplate", { imageId: "ami-123", blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: true } }] }, { name: "workers" }),
        expect: "pass",
    },
    { name: "instance-store mapping has no EBS volume", resources: template([{ deviceName: "/dev/sdb", virtualName: "ephemeral0" }]), expect: "pass" },
    { name: "no mappings (the AMI decides)", resources: template(undefined), expect: "pass" },
    { name: "unknown during preview", resources: template([{ deviceName: "/dev/xvda", ebs: { encrypted: unknown() } }]), expect: "skipped" },
    {
        name: "unset accepted when the account encrypts by default",
        resources: template([{ deviceName: "/dev/xvda", ebs: { volumeSize: 30 } }]),
        options: { config: { "ec2-launch-template-ebs-encrypted": { assumeEncryptionByDefault: true } } },
        expect: "pass",
    },
    {
        name: "the message names the mapping",
        resources: template([{ deviceName: "/dev/xvda", ebs: { encrypted: "false" } }]),
        expect: { violations: [{ messageId: "templateMapping", data: { name: "workers", index: 0 }, propertyPath: "blockDeviceMappings[0].ebs.encrypted" }] },
    },
    { name: "encryption by default in the stack covers the template", resources: [byDefault({}), template([{ deviceName: "/dev/xvda", ebs: { encrypted: "false" } }])], expect: "pass" },
    {
        name: "encryption by default switched off does not cover",
        resources: [byDefault({ enabled: false }), template([{ deviceName: "/dev/xvda", ebs: { volumeSize: 30 } }])],
        options: { config: { "ec2-launch-template-ebs-encrypted": { assumeEncryptionByDefault: true } } },
        expect: { violations: ["blockDeviceMappings[0].ebs.encrypted"] },
    },
    { name: "encryption by default unknown during preview: not judged", resources: [byDefault({ enabled: unknown("boolean") }), template([{ deviceName: "/dev/xvda", ebs: {} }])], expect: "skipped" },
    {
        name: "launch configuration with an unencrypted root volume",
        resources: configuration({ rootBlockDevice: { volumeSize: 20 } }),
        expect: { violations: [{ messageId: "configurationRoot", data: { name: "legacy" }, propertyPath: "rootBlockDevice.encrypted" }] },
    },
    {
        name: "launch configuration with an unencrypted data volume",
        resources: configuration({ rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: false }, { deviceName: "/dev/sdg", noDevice: true }] }),
        expect: { violations: [{ messageId: "configurationData", data: { name: "legacy", index: 0 }, propertyPath: "ebsBlockDevices[0].encrypted" }] },
    },
    { name: "launch configuration with encrypted volumes", resources: configuration({ rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }] }), expect: "pass" },
    { name: "launch configuration leaving the root volume to the AMI", resources: configuration({}), expect: "pass" },
    { name: "launch configuration covered by encryption by default", resources: [byDefault({ enabled: true }), configuration({ rootBlockDevice: { encrypted: false } })], expect: "pass" },
    { name: "launch configuration unknown during preview", resources: configuration({ rootBlockDevice: { encrypted: unknown("boolean") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
