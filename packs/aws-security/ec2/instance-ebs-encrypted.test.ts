import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./instance-ebs-encrypted";
import launchTemplateRule from "./launch-template-ebs-encrypted";

const instance = (props: MockProps<"aws:ec2/instance:Instance">, name = "app") =>
    mockResource("aws:ec2/instance:Instance", { ami: "ami-123", instanceType: "t3.micro", ...props }, { name });
const byDefault = (props: MockProps<"aws:ebs/encryptionByDefault:EncryptionByDefault">) =>
    mockResource("aws:ebs/encryptionByDefault:EncryptionByDefault", props, { name: "ebs-default" });

const ASSUME = { "ec2-instance-ebs-encrypted": { assumeEncryptionByDefault: true } };

export const cases: RuleCase[] = [
    {
        name: "unencrypted root volume",
        resources: instance({ rootBlockDevice: { volumeSize: 20, encrypted: false } }),
        expect: { violations: [{ messageId: "rootUnencrypted", data: { name: "app" }, propertyPath: "rootBlockDevice.encrypted" }] },
    },
    {
        name: "no root block device",
        resources: instance({}),
        expect: { violations: [{ propertyPath: "rootBlockDevice.encrypted", messageIncludes: "no rootBlockDevice" }] },
    },
    {
        name: "second data volume unencrypted",
        resources: instance({
            rootBlockDevice: { encrypted: true },
            ebsBlockDevices: [
                { deviceName: "/dev/sdf", encrypted: true },
                { deviceName: "/dev/sdg", volumeSize: 100 },
            ],
        }),
        expect: { violations: [{ messageId: "dataUnencrypted", data: { name: "app", index: 1 }, propertyPath: "ebsBlockDevices[1].encrypted" }] },
    },
    {
        name: "everything encrypted",
        resources: instance({ rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }] }),
        expect: "pass",
    },
    // The template's volumes are judged by ec2-launch-template-ebs-encrypted (see the test below), not blamed on the instance.
    { name: "root volume taken from the launch template", resources: instance({ launchTemplate: { id: "lt-1" } }), expect: "pass" },
    { name: "root encryption unknown during preview", resources: instance({ rootBlockDevice: { encrypted: unknown("boolean") } }), expect: "skipped" },
    {
        name: "data volumes unknown during preview",
        resources: instance({ rootBlockDevice: { encrypted: true }, ebsBlockDevices: unknown("array") }),
        expect: "skipped",
    },
    { name: "unset accepted when the account is assumed to encrypt by default", resources: instance({ ebsBlockDevices: [{ deviceName: "/dev/sdf" }] }), options: { config: ASSUME }, expect: "pass" },
    { name: "explicit false still reported when the account is assumed to encrypt by default", resources: instance({ rootBlockDevice: { encrypted: false } }), options: { config: ASSUME }, expect: { violations: ["rootBlockDevice.encrypted"] } },
    {
        name: "encryption by default in the stack covers unset and false volumes",
        resources: [byDefault({ enabled: true }), instance({ rootBlockDevice: { encrypted: false }, ebsBlockDevices: [{ deviceName: "/dev/sdf" }] })],
        expect: "pass",
    },
    { name: "encryption by default covers a missing rootBlockDevice", resources: [byDefault({}), instance({})], expect: "pass" },
    {
        name: "encryption by default switched off in the stack overrides the assumption",
        resources: [byDefault({ enabled: false }), instance({ ebsBlockDevices: [{ deviceName: "/dev/sdf" }], rootBlockDevice: { encrypted: true } })],
        options: { config: ASSUME },
        expect: { violations: ["ebsBlockDevices[0].encrypted"] },
    },
    {
        name: "encryption by default for another region does not cover",
        resources: [byDefault({ enabled: true, region: "us-east-1" }), instance({ region: "eu-west-1", rootBlockDevice: { encrypted: false } })],
        expect: { violations: ["rootBlockDevice.encrypted"] },
    },
    { name: "encryption by default unknown during preview: not judged", resources: [byDefault({ enabled: unknown("boolean") }), instance({})], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("an instance taking its volumes from an unencrypted launch template is reported on the template", () =>
    checkCase(launchTemplateRule, {
        name: "template",
        resources: [
            mockResource("aws:ec2/launchTemplate:LaunchTemplate", { imageId: "ami-123", blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 30 } }] }, { name: "workers" }),
            instance({ launchTemplate: { name: "workers" } }),
        ],
        expect: { violations: [{ propertyPath: "blockDeviceMappings[0].ebs.encrypted", messageIncludes: "Launch template `workers`" }] },
    }));
