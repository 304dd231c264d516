import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// A website bucket opened to the world with a public ACL and a public-read policy.
const config = new pulumi.Config();
const siteName = config.require("siteName");

const site = new aws.s3.Bucket("site", { bucket: `${siteName}-site`, acl: "public-read" });

new aws.s3.BucketWebsiteConfiguration("site-website", {
    bucket: site.id,
    indexDocument: { suffix: "index.html" },
});

new aws.s3.BucketPolicy("site-policy", {
    bucket: site.id,
    policy: site.arn.apply((arn) =>
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: `${arn}/*` }],
        }),
    ),
});

export const bucketName = site.bucket;
