import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./provisioned-iops";

const volume = (props: MockProps<"aws:ebs/volume:Volume">) => mockResource("aws:ebs/volume:Volume", { availabilityZone: "us-east-1a", ...props }, { name: "db" });

export const cases: RuleCase[] = [
    { name: "io1 at 5,000 IOPS", resources: volume({ type: "io1", size: 200, iops: 5000 }), expect: { violations: [{ propertyPath: "type", messageIncludes: "io2 costs the same" }] } },
    { name: "io2 at 10,000 IOPS", resources: volume({ type: "io2", size: 200, iops: 10000 }), expect: { violations: [{ propertyPath: "type", messageIncludes: "(io2)" }] } },
    { name: "io2 beyond what gp3 delivers", resources: volume({ type: "io2", size: 2000, iops: 64000 }), expect: "pass" },
    { name: "gp3 volume", resources: volume({ type: "gp3", size: 200, iops: 6000 }), expect: "pass" },
    { name: "no type set: gp2 by AWS's default, not provisioned IOPS", resources: volume({ size: 200 }), expect: "pass" },
    {
        name: "a raised gp3 ceiling",
        resources: volume({ type: "io2", size: 2000, iops: 40000 }),
        options: { config: { "cost-ebs-provisioned-iops": { gp3MaxIops: 80000 } } },
        expect: { violations: ["type"] },
    },
    {
        name: "launch template io1 mapping",
        resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", { blockDeviceMappings: [{ deviceName: "/dev/sdf", ebs: { volumeType: "io1", iops: 3000 } }] }),
        expect: { violations: ["blockDeviceMappings[0].ebs.volumeType"] },
    },
    { name: "type unknown during preview", resources: volume({ type: unknown(), size: 200 }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
