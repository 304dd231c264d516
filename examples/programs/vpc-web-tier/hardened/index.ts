import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// The same web tier, hardened: instances sit in private subnets behind an HTTPS load balancer,
// each tier has its own security group that admits only the tier in front of it, instances
// require IMDSv2 and encrypt their volumes, operators use SSM Session Manager instead of SSH,
// and the VPC, the load balancer and the log bucket all leave an audit trail.
const config = new pulumi.Config();
const awsConfig = new pulumi.Config("aws");
const region = awsConfig.require("region");
const appName = config.require("appName");
const accountId = config.require("accountId");
const vpcCidr = config.require("vpcCidr");
const zones = config.requireObject<string[]>("availabilityZones");
const amiId = config.require("amiId");
const instanceType = config.get("instanceType") ?? "t3.small";
const certificateArn = config.require("certificateArn");
const s3AccessLogBucket = config.require("s3AccessLogBucket");
const tags = config.requireObject<Record<string, string>>("tags");
const named = (name: string) => ({ ...tags, Name: `${appName}-${name}` });

// ---------------------------------------------------------------- network

const vpc = new aws.ec2.Vpc("vpc", {
    cidrBlock: vpcCidr,
    enableDnsHostnames: true,
    enableDnsSupport: true,
    tags: named("vpc"),
});

// Lock down the VPC's default security group: no rules at all.
new aws.ec2.DefaultSecurityGroup("default-sg", { vpcId: vpc.id, tags: named("default-deny") });

const igw = new aws.ec2.InternetGateway("igw", { vpcId: vpc.id, tags: named("igw") });

const publicRouteTable = new aws.ec2.RouteTable("public-rt", {
    vpcId: vpc.id,
    routes: [{ cidrBlock: "0.0.0.0/0", gatewayId: igw.id }],
    tags: named("public"),
});

// Public subnets hold only the load balancer and the NAT gateway; nothing gets a public IP by default.
const publicSubnets = zones.map((az, i) => {
    const subnet = new aws.ec2.Subnet(`public-${i}`, {
        vpcId: vpc.id,
        availabilityZone: az,
        cidrBlock: `10.20.${i}.0/24`,
        mapPublicIpOnLaunch: false,
        tags: named(`public-${az}`),
    });
    new aws.ec2.RouteTableAssociation(`public-${i}-rta`, { subnetId: subnet.id, routeTableId: publicRouteTable.id });
    return subnet;
});

// One NAT gateway for the dev environment (one per zone in production).
const natIp = new aws.ec2.Eip("nat-ip", { domain: "vpc", tags: named("nat") });
const nat = new aws.ec2.NatGateway("nat", { allocationId: natIp.id, subnetId: publicSubnets[0].id, tags: named("nat") }, { dependsOn: [igw] });

const privateRouteTable = new aws.ec2.RouteTable("private-rt", {
    vpcId: vpc.id,
    routes: [{ cidrBlock: "0.0.0.0/0", natGatewayId: nat.id }],
    tags: named("private"),
});

const privateSubnets = zones.map((az, i) => {
    const subnet = new aws.ec2.Subnet(`private-${i}`, {
        vpcId: vpc.id,
        availabilityZone: az,
        cidrBlock: `10.20.${10 + i}.0/24`,
        tags: named(`private-${az}`),
    });
    new aws.ec2.RouteTableAssociation(`private-${i}-rta`, { subnetId: subnet.id, routeTableId: privateRouteTable.id });
    return subnet;
});

// ---------------------------------------------------------------- VPC flow logs

// A customer-managed key for the log group; CloudWatch Logs may use it for this account's log groups only.
const logsKey = new aws.kms.Key("logs-key", {
    description: `${appName} CloudWatch Logs`,
    enableKeyRotation: true,
    deletionWindowInDays: 30,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "AccountAdministration",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${accountId}:root` },
                Action: "kms:*",
                Resource: "*",
            },
            {
                Sid: "CloudWatchLogs",
                Effect: "Allow",
                Principal: { Service: `logs.${region}.amazonaws.com` },
                Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                Resource: "*",
                Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${region}:${accountId}:log-group:*` } },
            },
        ],
    }),
    tags: named("logs"),
});

const flowLogGroupName = `/vpc/${appName}/flow-logs`;
const flowLogGroup = new aws.cloudwatch.LogGroup("flow-logs", {
    name: flowLogGroupName,
    retentionInDays: 365,
    kmsKeyId: logsKey.arn,
    tags: named("flow-logs"),
});

const flowLogRole = new aws.iam.Role("flow-logs-role", {
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: { Service: "vpc-flow-logs.amazonaws.com" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:SourceAccount": accountId } },
            },
        ],
    }),
    tags: named("flow-logs"),
});

new aws.iam.RolePolicy("flow-logs-policy", {
    role: flowLogRole.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"],
                Resource: [
                    `arn:aws:logs:${region}:${accountId}:log-group:${flowLogGroupName}`,
                    `arn:aws:logs:${region}:${accountId}:log-group:${flowLogGroupName}:*`,
                ],
            },
        ],
    }),
});

new aws.ec2.FlowLog("vpc-flow-log", {
    vpcId: vpc.id,
    trafficType: "ALL",
    logDestinationType: "cloud-watch-logs",
    logDestination: flowLogGroup.arn,
    iamRoleArn: flowLogRole.arn,
    tags: named("flow-log"),
});

// ---------------------------------------------------------------- security groups

const albSg = new aws.ec2.SecurityGroup("alb-sg", {
    vpcId: vpc.id,
    description: "Public load balancer: HTTPS, and HTTP only to redirect",
    ingress: [
        { description: "HTTPS", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
        { description: "HTTP, redirected to HTTPS", protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] },
    ],
    tags: named("alb"),
});

const appSg = new aws.ec2.SecurityGroup("app-sg", {
    vpcId: vpc.id,
    description: "Web servers: traffic from the load balancer only",
    tags: named("app"),
});

new aws.vpc.SecurityGroupEgressRule("alb-to-app", {
    securityGroupId: albSg.id,
    referencedSecurityGroupId: appSg.id,
    ipProtocol: "tcp",
    fromPort: 8080,
    toPort: 8080,
    description: "to the web servers",
    tags: named("alb-to-app"),
});

new aws.vpc.SecurityGroupIngressRule("app-from-alb", {
    securityGroupId: appSg.id,
    referencedSecurityGroupId: albSg.id,
    ipProtocol: "tcp",
    fromPort: 8080,
    toPort: 8080,
    description: "from the load balancer",
    tags: named("app-from-alb"),
});

// Outbound HTTPS through the NAT gateway: package repositories and the SSM endpoints.
new aws.vpc.SecurityGroupEgressRule("app-https-out", {
    securityGroupId: appSg.id,
    cidrIpv4: "0.0.0.0/0",
    ipProtocol: "tcp",
    fromPort: 443,
    toPort: 443,
    description: "HTTPS out",
    tags: named("app-https-out"),
});

// ---------------------------------------------------------------- load balancer access logs

// ELB access logs support SSE-S3 only, so this bucket uses AES256 rather than a KMS key.
const elbAccountIds: Record<string, string> = { "eu-west-1": "156460612806", "eu-central-1": "054676820928", "us-east-1": "127311923021" };
const albLogsBucketName = `${appName}-alb-logs-${accountId}`;
const albLogs = new aws.s3.Bucket("alb-logs", { bucket: albLogsBucketName, forceDestroy: false, tags: named("alb-logs") });

new aws.s3.BucketPublicAccessBlock("alb-logs-pab", {
    bucket: albLogs.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});
new aws.s3.BucketOwnershipControls("alb-logs-ownership", { bucket: albLogs.id, rule: { objectOwnership: "BucketOwnerEnforced" } });
new aws.s3.BucketServerSideEncryptionConfiguration("alb-logs-sse", {
    bucket: albLogs.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});
new aws.s3.BucketVersioning("alb-logs-versioning", { bucket: albLogs.id, versioningConfiguration: { status: "Enabled" } });
new aws.s3.BucketLifecycleConfiguration("alb-logs-lifecycle", {
    bucket: albLogs.id,
    rules: [
        {
            id: "expire-access-logs",
            status: "Enabled",
            filter: { prefix: "" },
            transitions: [{ days: 30, storageClass: "STANDARD_IA" }],
            expiration: { days: 365 },
            noncurrentVersionExpiration: { noncurrentDays: 30 },
            abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
        },
    ],
});
new aws.s3.BucketLogging("alb-logs-logging", { bucket: albLogs.id, targetBucket: s3AccessLogBucket, targetPrefix: `${albLogsBucketName}/` });

const albLogsPolicy = new aws.s3.BucketPolicy("alb-logs-policy", {
    bucket: albLogs.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "ElbLogDelivery",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${elbAccountIds[region] ?? "156460612806"}:root` },
                Action: "s3:PutObject",
                Resource: `arn:aws:s3:::${albLogsBucketName}/alb/AWSLogs/${accountId}/*`,
            },
            {
                Sid: "DenyInsecureTransport",
                Effect: "Deny",
                Principal: "*",
                Action: "s3:*",
                Resource: [`arn:aws:s3:::${albLogsBucketName}`, `arn:aws:s3:::${albLogsBucketName}/*`],
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
        ],
    }),
});

// ---------------------------------------------------------------- load balancer

const alb = new aws.lb.LoadBalancer(
    "alb",
    {
        loadBalancerType: "application",
        internal: false,
        subnets: publicSubnets.map((s) => s.id),
        securityGroups: [albSg.id],
        dropInvalidHeaderFields: true,
        enableDeletionProtection: true,
        accessLogs: { bucket: albLogs.id, prefix: "alb", enabled: true },
        tags: named("alb"),
    },
    { dependsOn: [albLogsPolicy] },
);

const targetGroup = new aws.lb.TargetGroup("web-tg", {
    vpcId: vpc.id,
    port: 8080,
    protocol: "HTTP",
    targetType: "instance",
    deregistrationDelay: 30,
    healthCheck: { path: "/healthz", port: "8080", matcher: "200" },
    tags: named("web"),
});

new aws.lb.Listener("https", {
    loadBalancerArn: alb.arn,
    port: 443,
    protocol: "HTTPS",
    sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
    certificateArn,
    defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
    tags: named("https"),
});

new aws.lb.Listener("http-redirect", {
    loadBalancerArn: alb.arn,
    port: 80,
    protocol: "HTTP",
    defaultActions: [{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" } }],
    tags: named("http-redirect"),
});

// ---------------------------------------------------------------- instances

// Instances are managed through SSM Session Manager: no key pair, no SSH port.
const instanceRole = new aws.iam.Role("web-role", {
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
    }),
    tags: named("web"),
});
new aws.iam.RolePolicyAttachment("web-ssm", {
    role: instanceRole.name,
    policyArn: "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
});
const instanceProfile = new aws.iam.InstanceProfile("web-profile", { role: instanceRole.name, tags: named("web") });

const userData = Buffer.from(
    [
        "#!/bin/bash",
        "dnf install -y nginx",
        "sed -i 's/listen       80;/listen       8080;/' /etc/nginx/nginx.conf",
        "echo ok > /usr/share/nginx/html/healthz",
        "systemctl enable --now nginx",
    ].join("\n"),
).toString("base64");

const launchTemplate = new aws.ec2.LaunchTemplate("web-lt", {
    namePrefix: `${appName}-`,
    imageId: amiId,
    instanceType,
    userData,
    iamInstanceProfile: { arn: instanceProfile.arn },
    vpcSecurityGroupIds: [appSg.id],
    metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
    blockDeviceMappings: [
        { deviceName: "/dev/xvda", ebs: { volumeSize: 20, volumeType: "gp3", encrypted: "true", deleteOnTermination: "true" } },
    ],
    monitoring: { enabled: true },
    tagSpecifications: [
        { resourceType: "instance", tags: named("web") },
        { resourceType: "volume", tags: named("web") },
    ],
    tags: named("web"),
});

new aws.autoscaling.Group("web-asg", {
    minSize: 2,
    maxSize: 4,
    desiredCapacity: 2,
    vpcZoneIdentifiers: privateSubnets.map((s) => s.id),
    targetGroupArns: [targetGroup.arn],
    healthCheckType: "ELB",
    healthCheckGracePeriod: 120,
    launchTemplate: { id: launchTemplate.id, version: launchTemplate.latestVersion.apply((v) => `${v}`) },
    instanceRefresh: { strategy: "Rolling", preferences: { minHealthyPercentage: 50 } },
    tags: Object.entries(named("web")).map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
});

export const url = pulumi.interpolate`https://${alb.dnsName}`;
export const vpcId = vpc.id;
export const privateSubnetIds = privateSubnets.map((s) => s.id);
