import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// The orders data tier, hardened: the data stores live in private subnets and admit only the
// application's security group, everything is encrypted at rest with one customer-managed key
// and in transit with TLS, RDS manages (and rotates) its master password, the application's
// credentials rotate through Secrets Manager, and partners read exports through an IAM role.
const config = new pulumi.Config();
const awsConfig = new pulumi.Config("aws");
const region = awsConfig.require("region");
const appName = config.require("appName");
const accountId = config.require("accountId");
const vpcId = config.require("vpcId");
const subnetIds = config.requireObject<string[]>("privateSubnetIds");
const appSecurityGroupId = config.require("appSecurityGroupId");
const rotationLambdaArn = config.require("rotationLambdaArn");
const partnerRoleArn = config.require("partnerRoleArn");
const s3AccessLogBucket = config.require("s3AccessLogBucket");
const redisAuthToken = config.requireSecret("redisAuthToken");
const appDbPassword = config.requireSecret("appDbPassword");
const tags = config.requireObject<Record<string, string>>("tags");
const named = (name: string) => ({ ...tags, Name: `${appName}-${name}` });

// ---------------------------------------------------------------- encryption key

const dataKey = new aws.kms.Key("data-key", {
    description: `${appName} data at rest (RDS, ElastiCache, Secrets Manager, S3)`,
    enableKeyRotation: true,
    deletionWindowInDays: 30,
    tags: named("data"),
});
new aws.kms.Alias("data-key-alias", { name: `alias/${appName}-data`, targetKeyId: dataKey.keyId });

// ---------------------------------------------------------------- network access

const dbSg = new aws.ec2.SecurityGroup("db-sg", { vpcId, description: "PostgreSQL: the application only", tags: named("db") });
new aws.vpc.SecurityGroupIngressRule("db-from-app", {
    securityGroupId: dbSg.id,
    referencedSecurityGroupId: appSecurityGroupId,
    ipProtocol: "tcp",
    fromPort: 5432,
    toPort: 5432,
    description: "PostgreSQL from the application",
    tags: named("db-from-app"),
});

const cacheSg = new aws.ec2.SecurityGroup("cache-sg", { vpcId, description: "Redis: the application only", tags: named("cache") });
new aws.vpc.SecurityGroupIngressRule("cache-from-app", {
    securityGroupId: cacheSg.id,
    referencedSecurityGroupId: appSecurityGroupId,
    ipProtocol: "tcp",
    fromPort: 6379,
    toPort: 6379,
    description: "Redis (TLS) from the application",
    tags: named("cache-from-app"),
});

// ---------------------------------------------------------------- PostgreSQL

const dbSubnets = new aws.rds.SubnetGroup("db-subnets", { subnetIds, tags: named("db") });

const dbParameters = new aws.rds.ParameterGroup("db-params", {
    family: "postgres16",
    description: `${appName}: TLS only, connection logging`,
    parameters: [
        { name: "rds.force_ssl", value: "1" },
        { name: "log_connections", value: "1" },
        { name: "log_disconnections", value: "1" },
    ],
    tags: named("db"),
});

const db = new aws.rds.Instance("orders-db", {
    identifier: `${appName}-db`,
    engine: "postgres",
    engineVersion: "16.4",
    instanceClass: "db.t4g.medium",
    allocatedStorage: 50,
    maxAllocatedStorage: 200,
    storageType: "gp3",
    storageEncrypted: true,
    kmsKeyId: dataKey.arn,
    dbName: appName,
    username: `${appName}_admin`,
    // RDS keeps the master password in Secrets Manager, encrypted with our key, and rotates it.
    manageMasterUserPassword: true,
    masterUserSecretKmsKeyId: dataKey.keyId,
    iamDatabaseAuthenticationEnabled: true,
    dbSubnetGroupName: dbSubnets.name,
    vpcSecurityGroupIds: [dbSg.id],
    parameterGroupName: dbParameters.name,
    publiclyAccessible: false,
    multiAz: false,
    caCertIdentifier: "rds-ca-rsa2048-g1",
    backupRetentionPeriod: 7,
    copyTagsToSnapshot: true,
    deletionProtection: true,
    skipFinalSnapshot: false,
    finalSnapshotIdentifier: `${appName}-db-final`,
    autoMinorVersionUpgrade: true,
    performanceInsightsEnabled: true,
    performanceInsightsKmsKeyId: dataKey.arn,
    enabledCloudwatchLogsExports: ["postgresql", "upgrade"],
    tags: named("db"),
});

// ---------------------------------------------------------------- Redis

const cacheSubnets = new aws.elasticache.SubnetGroup("cache-subnets", { subnetIds, tags: named("cache") });

const cache = new aws.elasticache.ReplicationGroup("orders-cache", {
    description: `${appName} session and cart cache`,
    engine: "redis",
    engineVersion: "7.1",
    nodeType: "cache.t4g.small",
    numCacheClusters: 2,
    automaticFailoverEnabled: true,
    multiAzEnabled: true,
    port: 6379,
    subnetGroupName: cacheSubnets.name,
    securityGroupIds: [cacheSg.id],
    atRestEncryptionEnabled: true,
    kmsKeyId: dataKey.arn,
    transitEncryptionEnabled: true,
    transitEncryptionMode: "required",
    authToken: redisAuthToken,
    snapshotRetentionLimit: 7,
    autoMinorVersionUpgrade: true,
    tags: named("cache"),
});

// ---------------------------------------------------------------- application credentials

// The application's own (non-admin) database user, rotated every 30 days.
const appCredentials = new aws.secretsmanager.Secret("app-db-credentials", {
    name: `${appName}/app-db-credentials`,
    description: `${appName} application database user`,
    kmsKeyId: dataKey.arn,
    recoveryWindowInDays: 30,
    tags: named("app-db-credentials"),
});

new aws.secretsmanager.SecretVersion("app-db-credentials-initial", {
    secretId: appCredentials.id,
    secretString: pulumi.jsonStringify({
        engine: "postgres",
        host: db.address,
        port: 5432,
        dbname: appName,
        username: `${appName}_app`,
        password: appDbPassword,
    }),
});

new aws.secretsmanager.SecretRotation("app-db-credentials-rotation", {
    secretId: appCredentials.id,
    rotationLambdaArn,
    rotationRules: { automaticallyAfterDays: 30 },
});

// ---------------------------------------------------------------- exports

const exportBucketName = `${appName}-exports-${accountId}-${region}`;
const exportsBucket = new aws.s3.Bucket("exports", { bucket: exportBucketName, tags: named("exports") });

new aws.s3.BucketPublicAccessBlock("exports-pab", {
    bucket: exportsBucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});
new aws.s3.BucketOwnershipControls("exports-ownership", { bucket: exportsBucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } });
new aws.s3.BucketServerSideEncryptionConfiguration("exports-sse", {
    bucket: exportsBucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: dataKey.arn }, bucketKeyEnabled: true }],
});
new aws.s3.BucketVersioning("exports-versioning", { bucket: exportsBucket.id, versioningConfiguration: { status: "Enabled" } });
new aws.s3.BucketLifecycleConfiguration("exports-lifecycle", {
    bucket: exportsBucket.id,
    rules: [
        {
            id: "expire-exports",
            status: "Enabled",
            filter: { prefix: "" },
            expiration: { days: 90 },
            noncurrentVersionExpiration: { noncurrentDays: 7 },
            abortIncompleteMultipartUpload: { daysAfterInitiation: 3 },
        },
    ],
});
new aws.s3.BucketLogging("exports-logging", { bucket: exportsBucket.id, targetBucket: s3AccessLogBucket, targetPrefix: `${exportBucketName}/` });

// Partners read their prefix through their own IAM role; nothing travels without TLS.
new aws.s3.BucketPolicy("exports-policy", {
    bucket: exportsBucket.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "PartnerRead",
                Effect: "Allow",
                Principal: { AWS: partnerRoleArn },
                Action: "s3:GetObject",
                Resource: `arn:aws:s3:::${exportBucketName}/partners/*`,
            },
            {
                Sid: "DenyInsecureTransport",
                Effect: "Deny",
                Principal: "*",
                Action: "s3:*",
                Resource: [`arn:aws:s3:::${exportBucketName}`, `arn:aws:s3:::${exportBucketName}/*`],
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
        ],
    }),
});

export const dbEndpoint = db.endpoint;
export const dbMasterSecretArn = db.masterUserSecrets.apply((secrets) => secrets?.[0]?.secretArn);
export const cacheEndpoint = cache.primaryEndpointAddress;
export const appCredentialsArn = appCredentials.arn;
export const exportsBucketName = exportsBucket.bucket;
