import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./instance-no-public-ip";

const instance = (props: MockProps<"aws:ec2/instance:Instance">) =>
    mockResource("aws:ec2/instance:Instance", { ami: "ami-123", instanceType: "t3.micro", ...props }, { name: "app" });
const template = (networkInterfaces: MockProps<"aws:ec2/launchTemplate:LaunchTemplate">["networkInterfaces"]) =>
    mockResource("aws:ec2/launchTemplate:LaunchTemplate", { imageId: "ami-123", networkInterfaces }, { name: "workers" });

export const cases: RuleCase[] = [
    {
        name: "instance with a public IP",
        resources: instance({ associatePublicIpAddress: true }),
        expect: { violations: [{ messageId: "publicAddress", data: { kind: "Instance", name: "app" }, propertyPath: "associatePublicIpAddress" }] },
    },
    { name: "instance without a public IP", resources: instance({ associatePublicIpAddress: false }), expect: "pass" },
    { name: "instance leaving it to the subnet", resources: instance({}), expect: "pass" },
    { name: "instance unknown during preview", resources: instance({ associatePublicIpAddress: unknown("boolean") }), expect: "skipped" },
    {
        name: "launch template assigning a public IP on its second interface",
        resources: template([{ deviceIndex: 0, associatePublicIpAddress: "false" }, { deviceIndex: 1, associatePublicIpAddress: "true" }]),
        expect: { violations: [{ propertyPath: "networkInterfaces[1].associatePublicIpAddress", messageIncludes: "Launch template `workers`" }] },
    },
    { name: "launch template with private interfaces", resources: template([{ deviceIndex: 0, subnetId: "subnet-1" }]), expect: "pass" },
    { name: "launch template unknown during preview", resources: template([{ deviceIndex: 0, associatePublicIpAddress: unknown() }]), expect: "skipped" },
    {
        name: "launch configuration with a public IP",
        resources: mockResource("aws:ec2/launchConfiguration:LaunchConfiguration", { imageId: "ami-123", instanceType: "t3.micro", associatePublicIpAddress: true }, { name: "legacy" }),
        expect: { violations: [{ messageId: "publicAddress", data: { kind: "Launch configuration", name: "legacy" }, propertyPath: "associatePublicIpAddress" }] },
    },
    { name: "launch configuration without a public IP", resources: mockResource("aws:ec2/launchConfiguration:LaunchConfiguration", { imageId: "ami-123", instanceType: "t3.micro", associatePublicIpAddress: false }), expect: "pass" },
    { name: "launch configuration unknown during preview", resources: mockResource("aws:ec2/launchConfiguration:LaunchConfiguration", { imageId: "ami-123", instanceType: "t3.micro", associatePublicIpAddress: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
