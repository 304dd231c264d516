import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// The same website, private: objects are served through CloudFront with an origin access control.
const config = new pulumi.Config();
const siteName = config.require("siteName");

const site = new aws.s3.Bucket("site", { bucket: `${siteName}-site` });

new aws.s3.BucketPublicAccessBlock("site-pab", {
    bucket: site.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});

new aws.s3.BucketServerSideEncryptionConfiguration("site-sse", {
    bucket: site.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }],
});

new aws.s3.BucketVersioning("site-versioning", {
    bucket: site.id,
    versioningConfiguration: { status: "Enabled" },
});

new aws.s3.BucketOwnershipControls("site-ownership", {
    bucket: site.id,
    rule: { objectOwnership: "BucketOwnerEnforced" },
});

const logs = new aws.s3.Bucket("site-logs", { bucket: `${siteName}-logs` });
new aws.s3.BucketPublicAccessBlock("site-logs-pab", {
    bucket: logs.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});
new aws.s3.BucketLogging("site-logging", { bucket: site.id, targetBucket: logs.id, targetPrefix: "site/" });

const oac = new aws.cloudfront.OriginAccessControl("site-oac", {
    originAccessControlOriginType: "s3",
    signingBehavior: "always",
    signingProtocol: "sigv4",
});

new aws.cloudfront.Distribution("site-cdn", {
    enabled: true,
    defaultRootObject: "index.html",
    origins: [{ originId: "site", domainName: site.bucketRegionalDomainName, originAccessControlId: oac.id }],
    defaultCacheBehavior: {
        targetOriginId: "site",
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ["GET", "HEAD"],
        cachedMethods: ["GET", "HEAD"],
        cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
    },
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: { cloudfrontDefaultCertificate: true },
});

export const bucketName = site.bucket;
