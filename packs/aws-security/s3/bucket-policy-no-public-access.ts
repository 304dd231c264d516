import { defineRule } from "../../../src";
import { allowsPublicAccess, statementsToJudge } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/s3";

export default defineRule({
    id: "s3-bucket-policy-no-public-access",
    title: "S3 bucket policies do not grant public access",
    description:
        'A bucket policy statement that allows Principal "*" without a condition naming a VPC, network, account or organization lets anyone on the internet use the actions it grants. Such statements are behind many of the largest S3 data leaks. They are reported even where Block Public Access is on: with blockPublicPolicy S3 refuses to store the policy (a failed deploy), with restrictPublicBuckets it serves only AWS services and the owner account until the block is lifted. A bucket policy can only name its own bucket and objects, so every statement in it is about that bucket.',
    severity: "critical",
    service: "s3",
    frameworks: {
        "aws-fsbp": ["S3.2", "S3.3"],
        "nist-800-53-r5": ["AC-3", "AC-6", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data"],
    remediation:
        'Replace Principal "*" with the specific AWS accounts, roles or service principals that need access, or add a condition that confines the statement, e.g. `Condition: { StringEquals: { "aws:SourceVpce": endpoint.id } }` or `{ "aws:PrincipalOrgID": orgId }`. Serve public web content through CloudFront with an origin access control instead.',
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "anyone may read every object",
                resources: [
                    {
                        type: "aws:s3/bucketPolicy:BucketPolicy",
                        name: "site",
                        props: {
                            bucket: "acme-site",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::acme-site/*" },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "only one CloudFront distribution may read",
                resources: [
                    {
                        type: "aws:s3/bucketPolicy:BucketPolicy",
                        name: "site",
                        props: {
                            bucket: "acme-site",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    {
                                        Effect: "Allow",
                                        Principal: { Service: "cloudfront.amazonaws.com" },
                                        Action: "s3:GetObject",
                                        Resource: "arn:aws:s3:::acme-site/*",
                                        Condition: { StringEquals: { "aws:SourceArn": "arn:aws:cloudfront::111122223333:distribution/E1A2B3C4D5E6F7" } },
                                    },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: ["aws:s3/bucketPolicy:BucketPolicy", "aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"],
    validate(props, ctx) {
        const kind = ctx.type === "aws:s3/bucketPolicy:BucketPolicy" ? "Bucket policy" : "Bucket";
        for (const statement of statementsToJudge(props.policy, ctx, `${kind} \`${ctx.name}\``, "policy")) {
            if (!allowsPublicAccess(statement)) continue;
            const index = statement.index;
            ctx.report({
                message: `${kind} \`${ctx.name}\` allows access to anyone in policy Statement[${index}]: its principal is everyone and no condition confines it to known accounts or networks.`,
                propertyPath: `policy.Statement[${index}]`,
            });
        }
    },
});
