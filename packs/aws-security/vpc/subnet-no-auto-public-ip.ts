import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ec2";

export default defineRule({
    id: "vpc-subnet-no-auto-public-ip",
    title: "Subnets do not assign public IPs automatically",
    description:
        "A subnet that gives every new network interface a public address makes each instance launched into it reachable from the internet, whether or not it was meant to be. Public addresses should be a deliberate choice per resource.",
    severity: "medium",
    service: "vpc",
    frameworks: {
        "aws-fsbp": ["EC2.15"],
        "nist-800-53-r5": ["AC-4", "SC-7"],
        "pci-dss-4.0": ["1.4.4"],
    },
    tags: ["network", "exposure"],
    remediation:
        "Set `mapPublicIpOnLaunch: false` (and `assignIpv6AddressOnCreation: false`), keep instances in private subnets, and publish services through a load balancer or attach an Elastic IP where a public address is really needed.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a subnet that gives every instance a public IP",
                resources: [
                    {
                        type: "aws:ec2/subnet:Subnet",
                        name: "app-a",
                        props: {
                            vpcId: "vpc-0a1b2c3d4e5f67890",
                            cidrBlock: "10.0.1.0/24",
                            availabilityZone: "eu-west-1a",
                            mapPublicIpOnLaunch: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a private subnet",
                resources: [
                    {
                        type: "aws:ec2/subnet:Subnet",
                        name: "app-a",
                        props: {
                            vpcId: "vpc-0a1b2c3d4e5f67890",
                            cidrBlock: "10.0.1.0/24",
                            availabilityZone: "eu-west-1a",
                            mapPublicIpOnLaunch: false,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: ["aws:ec2/subnet:Subnet", "aws:ec2/defaultSubnet:DefaultSubnet"],
    validate(props, ctx) {
        const isDefault = ctx.type === "aws:ec2/defaultSubnet:DefaultSubnet";
        const kind = isDefault ? "Default subnet" : "Subnet";
        // Default subnets assign public IPv4 addresses unless told otherwise; other subnets do not.
        const mapsPublicIp = isDefault ? props.mapPublicIpOnLaunch !== false : props.mapPublicIpOnLaunch === true;
        if (mapsPublicIp) {
            const why = props.mapPublicIpOnLaunch === true ? "mapPublicIpOnLaunch is true" : "mapPublicIpOnLaunch is not false, and default subnets default to true";
            ctx.report({
                message: `${kind} \`${ctx.name}\` assigns a public IPv4 address to every instance launched into it (${why}).`,
                propertyPath: "mapPublicIpOnLaunch",
            });
        }
        if (props.assignIpv6AddressOnCreation === true) {
            ctx.report({
                message: `${kind} \`${ctx.name}\` assigns a globally routable IPv6 address to every new network interface (assignIpv6AddressOnCreation is true).`,
                propertyPath: "assignIpv6AddressOnCreation",
            });
        }
    },
});
