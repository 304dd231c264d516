import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/ec2";

/** Launch templates take booleans as the strings "true"/"false"; accept a boolean too. */
function isTrue(value: unknown): boolean {
    return value === true || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

export default defineRule({
    id: "ec2-instance-no-public-ip",
    title: "Instances do not get public IP addresses",
    description:
        "An instance with a public IPv4 address can be reached straight from the internet, guarded by its security group alone. Keeping instances private and publishing services through load balancers or gateways leaves fewer doors to watch.",
    severity: "medium",
    service: "ec2",
    frameworks: {
        "aws-fsbp": ["EC2.9", "EC2.25"],
        "nist-800-53-r5": ["AC-4", "SC-7"],
        "pci-dss-4.0": ["1.4.4"],
    },
    tags: ["network", "exposure"],
    remediation:
        "Drop `associatePublicIpAddress: true` (instances and launch configurations) or `networkInterfaces[].associatePublicIpAddress: \"true\"` (launch templates), launch into private subnets, and reach the service through a load balancer, NAT gateway or SSM Session Manager.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an instance with a public IPv4 address",
                resources: [
                    {
                        type: "aws:ec2/instance:Instance",
                        name: "app",
                        props: {
                            ami: "ami-0abcdef1234567890",
                            instanceType: "t3.micro",
                            subnetId: "subnet-0a1b2c3d4e5f60001",
                            associatePublicIpAddress: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an instance with a private address only",
                resources: [
                    {
                        type: "aws:ec2/instance:Instance",
                        name: "app",
                        props: {
                            ami: "ami-0abcdef1234567890",
                            instanceType: "t3.micro",
                            subnetId: "subnet-0a1b2c3d4e5f60001",
                            associatePublicIpAddress: false,
                        },
                    },
                ],
            },
        ],
    },
    messages: {
        publicAddress: "{{kind}} `{{name}}` gives instances a public IPv4 address (associatePublicIpAddress is true).",
        templateInterface: "Launch template `{{name}}` gives instances a public IPv4 address through networkInterfaces[{{index}}].",
    },
    resourceType: ["aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate", "aws:ec2/launchConfiguration:LaunchConfiguration"],
    validate(_props, ctx) {
        const { resource } = ctx;
        if (resource.type === "aws:ec2/instance:Instance" || resource.type === "aws:ec2/launchConfiguration:LaunchConfiguration") {
            if (resource.props.associatePublicIpAddress === true) {
                const kind = resource.type === "aws:ec2/instance:Instance" ? "Instance" : "Launch configuration";
                ctx.report({ messageId: "publicAddress", data: { kind, name: ctx.name }, propertyPath: "associatePublicIpAddress" });
            }
            return;
        }
        listOf(resource.props.networkInterfaces).forEach((entry, index) => {
            if (isTrue(recordOf(entry).associatePublicIpAddress)) {
                ctx.report({ messageId: "templateInterface", data: { name: ctx.name, index }, propertyPath: propertyPath("networkInterfaces", index, "associatePublicIpAddress") });
            }
        });
    },
});
