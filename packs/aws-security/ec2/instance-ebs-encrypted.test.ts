import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./instance-ebs-encrypted";

const instance = (props: MockProps<"aws:ec2/instance:Instance">) =>
    mockResource("aws:ec2/instance:Instance", { ami: "ami-123", instanceType: "t3.micro", ...props }, { name: "app" });

const ASSUME = { "ec2-instance-ebs-encrypted": { assumeEncryptionByDefault: true } };

export const cases: RuleCase[] = [
    {
        name: "unencrypted root volume",
        resources: instance({ rootBlockDevice: { volumeSize: 20, encrypted: false } }),
        expect: { violations: [{ propertyPath: "rootBlockDevice.encrypted", messageIncludes: "unencrypted root volume" }] },
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
        expect: { violations: [{ propertyPath: "ebsBlockDevices[1].encrypted", messageIncludes: "ebsBlockDevices[1]" }] },
    },
    {
        name: "everything encrypted",
        resources: instance({ rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }] }),
        expect: "pass",
    },
    { name: "root volume settings left to the launch template", resources: instance({ launchTemplate: { id: "lt-1" } }), expect: "pass" },
    { name: "root encryption unknown during preview", resources: instance({ rootBlockDevice: { encrypted: unknown("boolean") } }), expect: "skipped" },
    {
        name: "data volumes unknown during preview",
        resources: instance({ rootBlockDevice: { encrypted: true }, ebsBlockDevices: unknown("array") }),
        expect: "skipped",
    },
    {
        name: "unset accepted when the account encrypts by default",
        resources: instance({ ebsBlockDevices: [{ deviceName: "/dev/sdf" }] }),
        options: { config: ASSUME },
        expect: "pass",
    },
    {
        name: "explicit false still reported when the account encrypts by default",
        resources: instance({ rootBlockDevice: { encrypted: false } }),
        options: { config: ASSUME },
        expect: { violations: ["rootBlockDevice.encrypted"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
