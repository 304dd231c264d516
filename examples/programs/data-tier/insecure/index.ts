import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// The data tier of an orders service as it often starts out: the database is reachable from the
// internet "so analysts can connect from home", nothing is encrypted at rest, the master password
// sits in plain-text config, and exports are shared with partners through a public bucket policy.
const config = new pulumi.Config();
const appName = config.require("appName");
const vpcId = config.require("vpcId");
const subnetIds = config.requireObject<string[]>("subnetIds");
const dbUsername = config.require("dbUsername");
const dbPassword = config.require("dbPassword"); // plain text, not a secret

const dataSg = new aws.ec2.SecurityGroup("data-sg", {
    vpcId,
    description: "orders data stores",
    ingress: [
        { description: "PostgreSQL", protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: ["0.0.0.0/0"] },
        { description: "Redis", protocol: "tcp", fromPort: 6379, toPort: 6379, cidrBlocks: ["0.0.0.0/0"] },
    ],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
});

// ---------------------------------------------------------------- PostgreSQL

const dbSubnets = new aws.rds.SubnetGroup("db-subnets", { subnetIds });

const db = new aws.rds.Instance("orders-db", {
    identifier: `${appName}-db`,
    engine: "postgres",
    engineVersion: "13.7",
    instanceClass: "db.m5.large",
    allocatedStorage: 100,
    storageType: "gp2",
    dbName: appName,
    username: dbUsername,
    password: dbPassword,
    dbSubnetGroupName: dbSubnets.name,
    vpcSecurityGroupIds: [dataSg.id],
    publiclyAccessible: true,
    storageEncrypted: false,
    backupRetentionPeriod: 1,
    autoMinorVersionUpgrade: false,
    deletionProtection: false,
    skipFinalSnapshot: true,
});

// ---------------------------------------------------------------- Redis

const cacheSubnets = new aws.elasticache.SubnetGroup("cache-subnets", { subnetIds });

const cache = new aws.elasticache.ReplicationGroup("orders-cache", {
    description: "orders session and cart cache",
    engine: "redis",
    engineVersion: "6.2",
    nodeType: "cache.m5.large",
    numCacheClusters: 2,
    port: 6379,
    subnetGroupName: cacheSubnets.name,
    securityGroupIds: [dataSg.id],
    atRestEncryptionEnabled: false,
    transitEncryptionEnabled: false,
});

// ---------------------------------------------------------------- credentials

// A key for the secret, created without rotation.
const dataKey = new aws.kms.Key("data-key", { description: "orders data" });

const dbCredentials = new aws.secretsmanager.Secret("db-credentials", {
    name: `${appName}/db-credentials`,
    kmsKeyId: dataKey.arn,
    recoveryWindowInDays: 0,
});

new aws.secretsmanager.SecretVersion("db-credentials-v1", {
    secretId: dbCredentials.id,
    secretString: pulumi.jsonStringify({ username: dbUsername, password: dbPassword, host: db.address, port: 5432 }),
});

// ---------------------------------------------------------------- exports

const exportBucketName = `${appName}-exports-eu`;
const exportsBucket = new aws.s3.Bucket("exports", { bucket: exportBucketName, forceDestroy: true });

// Partners download their nightly files with plain HTTPS links.
new aws.s3.BucketPolicy("exports-policy", {
    bucket: exportsBucket.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "PartnerDownloads",
                Effect: "Allow",
                Principal: "*",
                Action: "s3:GetObject",
                Resource: `arn:aws:s3:::${exportBucketName}/partners/*`,
            },
        ],
    }),
});

export const dbEndpoint = db.endpoint;
export const cacheEndpoint = cache.primaryEndpointAddress;
export const exportsBucketName = exportsBucket.bucket;
