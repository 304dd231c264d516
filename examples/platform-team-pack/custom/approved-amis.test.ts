import { checkCase, mockResource, unknown, type RuleCase } from "pulumi-guardrails/testing";
import rule from "./approved-amis";

const instance = (ami: string) => mockResource("aws:ec2/instance:Instance", { ami, instanceType: "t3.micro" }, { name: "worker" });

const cases: RuleCase[] = [
    { name: "an image from elsewhere", resources: instance("ami-0123456789abcdef0"), expect: { violations: ["ami"] } },
    { name: "a golden image", resources: instance("ami-0a1b2c3d4e5f60718"), expect: "pass" },
    { name: "image looked up at deploy time (unknown in preview)", resources: instance(unknown()), expect: "skipped" },
    {
        name: "a launch template with a foreign image",
        resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", { imageId: "ami-0123456789abcdef0" }),
        expect: { violations: ["imageId"] },
    },
    {
        name: "the approved list comes from config",
        resources: instance("ami-0123456789abcdef0"),
        options: { config: { "acme-approved-amis": { approvedAmis: ["ami-0123456789abcdef0"] } } },
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
