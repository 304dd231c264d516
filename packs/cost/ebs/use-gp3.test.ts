import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./use-gp3";

const volume = (props: MockProps<"aws:ebs/volume:Volume">) => mockResource("aws:ebs/volume:Volume", { availabilityZone: "us-east-1a", ...props }, { name: "data" });

export const cases: RuleCase[] = [
    { name: "a gp2 volume", resources: volume({ type: "gp2", size: 100 }), expect: { violations: [{ propertyPath: "type", messageIncludes: "Volume `data` is a gp2 volume" }] } },
    { name: "a gp3 volume", resources: volume({ type: "gp3", size: 100 }), expect: "pass" },
    {
        name: "no type set: AWS's default, gp2",
        resources: volume({ size: 100 }),
        expect: { violations: [{ propertyPath: "type", messageIncludes: "Volume `data` sets no type, so AWS makes it a gp2 volume" }] },
    },
    { name: "type null counts as not set (gp2)", resources: volume({ type: null as unknown as string, size: 100 }), expect: { violations: ["type"] } },
    { name: "another type is not reported", resources: volume({ type: "st1", size: 500 }), expect: "pass" },
    {
        name: "instance EBS block device with no type is gp2 (provider default); a root volume with no type takes the AMI's and is not judged",
        resources: mockResource("aws:ec2/instance:Instance", {
            ami: "ami-1", instanceType: "t3.micro",
            rootBlockDevice: { volumeSize: 20 },
            ebsBlockDevices: [{ deviceName: "/dev/sdf", volumeSize: 50 }],
        }),
        expect: { violations: [{ propertyPath: "ebsBlockDevices[0].volumeType", messageIncludes: "EBS block device 0 sets no type" }] },
    },
    {
        name: "launch template mapping with no type takes the AMI's: not judged",
        resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 30 } }] }),
        expect: "pass",
    },
    { name: "remediation: a volume with no type becomes gp3", resources: volume({ size: 100 }), expect: { remediated: { type: "gp3" } } },
    { name: "remediation: a large volume with no type keeps gp2's performance", resources: volume({ size: 2000 }), expect: { remediated: { type: "gp3", iops: 6000, throughput: 250 } } },
    { name: "type unknown during preview", resources: volume({ type: unknown(), size: 100 }), expect: "skipped" },
    {
        name: "instance root and EBS block devices",
        resources: mockResource("aws:ec2/instance:Instance", {
            ami: "ami-1", instanceType: "t3.micro",
            rootBlockDevice: { volumeType: "gp2", volumeSize: 20 },
            ebsBlockDevices: [{ deviceName: "/dev/sdf", volumeType: "gp3" }, { deviceName: "/dev/sdg", volumeType: "gp2" }],
        }),
        expect: { violations: ["rootBlockDevice.volumeType", "ebsBlockDevices[1].volumeType"] },
    },
    {
        name: "launch template block device mappings",
        resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeType: "gp2", volumeSize: 30 } }] }),
        expect: { violations: ["blockDeviceMappings[0].ebs.volumeType"] },
    },
    { name: "remediation: small volume becomes gp3", resources: volume({ type: "gp2", size: 100 }), expect: { remediated: { type: "gp3", iops: undefined, throughput: undefined } } },
    {
        name: "remediation keeps gp2 throughput above 170 GiB",
        resources: volume({ type: "gp2", size: 500 }),
        expect: { remediated: { type: "gp3", iops: undefined, throughput: 250 } },
    },
    {
        name: "remediation keeps gp2 IOPS above 1,000 GiB",
        resources: volume({ type: "gp2", size: 2000 }),
        expect: { remediated: { type: "gp3", iops: 6000, throughput: 250 } },
    },
    {
        name: "remediation never overrides IOPS the user set",
        resources: volume({ type: "gp2", size: 2000, iops: 4000 }),
        expect: { remediated: { type: "gp3", iops: 4000 } },
    },
    {
        name: "remediation of an instance root volume",
        resources: mockResource("aws:ec2/instance:Instance", { ami: "ami-1", instanceType: "t3.micro", rootBlockDevice: { volumeType: "gp2", volumeSize: 20 } }),
        expect: { remediated: { "rootBlockDevice.volumeType": "gp3" } },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
