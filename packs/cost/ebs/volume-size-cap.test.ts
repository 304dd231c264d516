import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./volume-size-cap";

const volume = (size: MockProps<"aws:ebs/volume:Volume">["size"]) => mockResource("aws:ebs/volume:Volume", { availabilityZone: "us-east-1a", type: "gp3", size }, { name: "data" });

export const cases: RuleCase[] = [
    { name: "a 4 TiB volume", resources: volume(4096), expect: { violations: [{ propertyPath: "size", messageIncludes: "4096 GiB, above the 1000 GiB cap" }] } },
    { name: "exactly at the cap", resources: volume(1000), expect: "pass" },
    { name: "no size (from a snapshot)", resources: volume(undefined), expect: "pass" },
    { name: "a configured cap", resources: volume(600), options: { config: { "cost-ebs-volume-size-cap": { maxSizeGib: 500 } } }, expect: { violations: ["size"] } },
    {
        name: "instance block devices",
        resources: mockResource("aws:ec2/instance:Instance", {
            ami: "ami-1", instanceType: "t3.micro", rootBlockDevice: { volumeSize: 50 }, ebsBlockDevices: [{ deviceName: "/dev/sdf", volumeSize: 2000 }],
        }),
        expect: { violations: ["ebsBlockDevices[0].volumeSize"] },
    },
    { name: "size unknown during preview", resources: volume(unknown("number")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
