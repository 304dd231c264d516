import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { awsSecurity } from "../../packs";
import { expectNoViolations, expectSkippedForUnknown, expectViolation, runProgram, runRules } from ".";
import { UNKNOWN_SENTINELS } from "../resource";

// Whole Pulumi programs, run under Pulumi's own mocks, judged by the aws-security pack.

test("a public bucket without a public access block is caught end to end", async () => {
    const { resources } = await runProgram(() => {
        new aws.s3.Bucket("site", { bucket: "my-site" });
        new aws.s3.BucketAcl("site-acl", { bucket: "my-site", acl: "public-read" });
    });
    expect(resources.map((r) => r.type).sort()).toEqual(["aws:s3/bucket:Bucket", "aws:s3/bucketAcl:BucketAcl"]);
    const bucket = resources.find((r) => r.type === "aws:s3/bucket:Bucket");
    const result = await runRules(awsSecurity.rules, resources);
    expectViolation(result, "s3-no-public-acl", { propertyPath: "acl" });
    expectViolation(result, "s3-bucket-public-access-block", { urn: bucket?.urn });
});

test("a hardened bucket passes, joined to its block through bucket.id (unknown in preview)", async () => {
    const { resources } = await runProgram(() => {
        const bucket = new aws.s3.Bucket("data", {});
        new aws.s3.BucketPublicAccessBlock("data-pab", {
            bucket: bucket.id,
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        });
    });
    const block = resources.find((r) => r.type === "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
    // As in a real preview, the new bucket's ID is not known yet...
    expect(block?.props.bucket).toBe(UNKNOWN_SENTINELS.string);
    // ...but the property dependency names the bucket.
    const bucket = resources.find((r) => r.type === "aws:s3/bucket:Bucket");
    expect(block?.propertyDependencies?.bucket).toEqual([bucket?.urn]);
    const result = await runRules(awsSecurity.rules, resources);
    expectNoViolations(result, "s3-bucket-public-access-block");
    expect(result.violations.filter((v) => v.enforcementLevel === "mandatory")).toEqual([]);
});

test("inputs computed from unknown outputs make a rule skip, not fail", async () => {
    const { resources } = await runProgram(() => {
        const vpc = new aws.ec2.Vpc("main", { cidrBlock: "10.0.0.0/16" });
        new aws.ec2.SecurityGroup("web", {
            vpcId: vpc.id,
            ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [vpc.cidrBlock.apply((c) => c ?? "")] }],
        });
    }, { outputs: () => ({}) });
    const result = await runRules(awsSecurity.rules, resources);
    // The VPC's cidrBlock output echoes its input in this mock, so the SG is judged: 10.0.0.0/16 is not public.
    expectNoViolations(result, "ec2-security-group-no-public-ssh-rdp");
    expect(result.skippedForUnknown).toEqual([]);
});

test("secrets are captured as secret and never printed", async () => {
    const { resources } = await runProgram(() => {
        new aws.iam.Policy("admin", {
            policy: pulumi.secret(JSON.stringify({ Version: "2012-10-17", Statement: [{ Sid: "S3cretSid", Effect: "Allow", Action: "*", Resource: "*" }] })),
        });
    });
    expect(resources[0].secretPaths).toEqual([["policy"]]);
    const result = await runRules(awsSecurity.rules, resources);
    const [violation] = expectViolation(result, "iam-no-wildcard-admin-policy");
    expect(violation.message).not.toContain("S3cretSid");
});

test("not a preview: IDs are known", async () => {
    const { resources } = await runProgram(() => {
        const bucket = new aws.s3.Bucket("b", {});
        new aws.s3.BucketPublicAccessBlock("b-pab", { bucket: bucket.id, blockPublicAcls: false });
    }, { preview: false });
    const block = resources.find((r) => r.name === "b-pab");
    expect(block?.props.bucket).toBe("b-id");
    const result = await runRules(awsSecurity.rules, resources);
    expectViolation(result, "s3-bucket-public-access-block", { propertyPath: "blockPublicAcls" });
});

test("an instance whose metadata options come from an unknown output is skipped during preview", async () => {
    const { resources } = await runProgram(() => {
        const template = new aws.ec2.LaunchTemplate("lt", { metadataOptions: { httpTokens: "required" } });
        new aws.ec2.Instance("app", {
            ami: "ami-123",
            instanceType: "t3.micro",
            metadataOptions: { httpTokens: template.id.apply(() => "required") },
        });
    });
    const result = await runRules(awsSecurity.rules, resources);
    expectSkippedForUnknown(result, "ec2-imdsv2-required", resources.find((r) => r.name === "app")?.urn);
});

test("an explicit provider reaches the rules: its defaultTags count", async () => {
    const { resources } = await runProgram(() => {
        const provider = new aws.Provider("tagged", { region: "eu-west-1", defaultTags: { tags: { owner: "web", environment: "prod", "cost-center": "cc-1" } } });
        new aws.sqs.Queue("jobs", {}, { provider });
    });
    const queue = resources.find((r) => r.type === "aws:sqs/queue:Queue");
    expect(queue?.provider?.type).toBe("pulumi:providers:aws");
    const { tagging } = await import("../../packs");
    expectNoViolations(await runRules(tagging.rules, resources), "tagging-required-tags");
});
