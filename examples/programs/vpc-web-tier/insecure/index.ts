import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// A classic "get it working first" web tier: everything lives in public subnets, the security
// group was opened wide while debugging and never closed, instances accept IMDSv1 and their
// volumes are not encrypted, and a bastion host takes SSH from anywhere.
const config = new pulumi.Config();
const appName = config.require("appName");
const vpcCidr = config.require("vpcCidr");
const zones = config.requireObject<string[]>("availabilityZones");
const amiId = config.require("amiId");
const instanceType = config.get("instanceType") ?? "t3.medium";

const vpc = new aws.ec2.Vpc("vpc", {
    cidrBlock: vpcCidr,
    enableDnsHostnames: true,
    enableDnsSupport: true,
    tags: { Name: `${appName}-vpc` },
});

const igw = new aws.ec2.InternetGateway("igw", { vpcId: vpc.id, tags: { Name: `${appName}-igw` } });

const publicRouteTable = new aws.ec2.RouteTable("public-rt", {
    vpcId: vpc.id,
    routes: [{ cidrBlock: "0.0.0.0/0", gatewayId: igw.id }],
    tags: { Name: `${appName}-public` },
});

// Every instance launched here gets a public IP address.
const publicSubnets = zones.map((az, i) => {
    const subnet = new aws.ec2.Subnet(`public-${i}`, {
        vpcId: vpc.id,
        availabilityZone: az,
        cidrBlock: `10.20.${i}.0/24`,
        mapPublicIpOnLaunch: true,
        tags: { Name: `${appName}-public-${az}` },
    });
    new aws.ec2.RouteTableAssociation(`public-${i}-rta`, { subnetId: subnet.id, routeTableId: publicRouteTable.id });
    return subnet;
});

// Private subnets exist, but nothing uses them yet.
zones.forEach(
    (az, i) =>
        new aws.ec2.Subnet(`private-${i}`, {
            vpcId: vpc.id,
            availabilityZone: az,
            cidrBlock: `10.20.${10 + i}.0/24`,
            tags: { Name: `${appName}-private-${az}` },
        }),
);

// One security group shared by the load balancer, the web servers and the bastion.
const webSg = new aws.ec2.SecurityGroup("web-sg", {
    vpcId: vpc.id,
    description: "web tier",
    ingress: [
        { description: "HTTP", protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] },
        { description: "SSH for ops", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] },
        { description: "temporary: debugging health checks", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] },
    ],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
});

const alb = new aws.lb.LoadBalancer("alb", {
    loadBalancerType: "application",
    internal: false,
    subnets: publicSubnets.map((s) => s.id),
    securityGroups: [webSg.id],
});

const targetGroup = new aws.lb.TargetGroup("web-tg", {
    vpcId: vpc.id,
    port: 80,
    protocol: "HTTP",
    targetType: "instance",
    healthCheck: { path: "/healthz", matcher: "200" },
});

// Plain HTTP only: no certificate was ever requested.
new aws.lb.Listener("http", {
    loadBalancerArn: alb.arn,
    port: 80,
    protocol: "HTTP",
    defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
});

const userData = Buffer.from(
    ["#!/bin/bash", "dnf install -y nginx", "echo ok > /usr/share/nginx/html/healthz", "systemctl enable --now nginx"].join("\n"),
).toString("base64");

const launchTemplate = new aws.ec2.LaunchTemplate("web-lt", {
    namePrefix: `${appName}-`,
    imageId: amiId,
    instanceType,
    keyName: "ops-shared",
    userData,
    // No metadataOptions: IMDSv1 stays on.
    blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 30, volumeType: "gp2", encrypted: "false" } }],
    networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: "true", securityGroups: [webSg.id] }],
});

new aws.autoscaling.Group("web-asg", {
    minSize: 2,
    maxSize: 6,
    desiredCapacity: 2,
    vpcZoneIdentifiers: publicSubnets.map((s) => s.id),
    targetGroupArns: [targetGroup.arn],
    healthCheckType: "ELB",
    launchTemplate: { id: launchTemplate.id, version: "$Latest" },
});

// A bastion for SSH, reachable from the internet, with an unencrypted root volume.
const bastion = new aws.ec2.Instance("bastion", {
    ami: amiId,
    instanceType: "t3.micro",
    subnetId: publicSubnets[0].id,
    vpcSecurityGroupIds: [webSg.id],
    associatePublicIpAddress: true,
    keyName: "ops-shared",
    rootBlockDevice: { volumeSize: 20, volumeType: "gp2" },
    tags: { Name: `${appName}-bastion` },
});

export const url = pulumi.interpolate`http://${alb.dnsName}`;
export const bastionIp = bastion.publicIp;
