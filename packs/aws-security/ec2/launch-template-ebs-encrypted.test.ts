import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./launch-template-ebs-encrypted";

const template = (blockDeviceMappings: MockProps<"aws:ec2/launchTemplate:LaunchTemplate">["blockDeviceMappings"]) =>
    mockResource("aws:ec2/launchTemplate:LaunchTemplate", { imageId: "ami-123", blockDeviceMappings }, { name: "workers" });

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
];

test.each(cases)("$name", (c) => checkCase(rule, c));
