// Writes a synthetic `pulumi stack export` (version 3) of N resources with a realistic mix:
// buckets with and without public access blocks, security groups, instances, IAM policies.
// Usage: node bench/generate-stack.mjs <count> <file>
import { writeFileSync } from "node:fs";

export function generateStack(count) {
    const base = "urn:pulumi:bench::synthetic";
    const stack = `${base}::pulumi:pulumi:Stack::synthetic-bench`;
    const provider = `${base}::pulumi:providers:aws::default_7_12_0`;
    const providerRef = `${provider}::0b9a3a55-6f7e-4a4b-9e1d-0c7a1d2e3f40`;
    const resources = [
        { urn: stack, custom: false, type: "pulumi:pulumi:Stack", outputs: {} },
        { urn: provider, custom: true, id: "0b9a3a55-6f7e-4a4b-9e1d-0c7a1d2e3f40", type: "pulumi:providers:aws", inputs: { region: "eu-west-1" }, outputs: { region: "eu-west-1" } },
    ];
    const tags = (i) => ({ owner: `team-${i % 17}`, environment: i % 3 === 0 ? "prod" : "dev", "cost-center": `cc-${i % 101}` });
    const add = (type, name, inputs, extra = {}) => {
        const urn = `${base}::${type}::${name}`;
        resources.push({ urn, custom: true, id: `${name}-id`, type, inputs, outputs: { ...inputs, id: `${name}-id` }, parent: stack, provider: providerRef, ...extra });
        return urn;
    };
    for (let i = 0; resources.length < count; i++) {
        switch (i % 6) {
            case 0: {
                const name = `bucket-${i}`;
                const bucket = add("aws:s3/bucket:Bucket", name, { bucket: name, tags: tags(i), ...(i % 12 === 0 ? { acl: "public-read" } : {}) });
                if (i % 4 !== 0) {
                    add("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", `${name}-pab`, { bucket: name, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: i % 8 !== 1 }, { dependencies: [bucket], propertyDependencies: { bucket: [bucket] } });
                }
                break;
            }
            case 1:
                add("aws:ec2/securityGroup:SecurityGroup", `sg-${i}`, {
                    vpcId: "vpc-123",
                    description: "synthetic",
                    ingress: [
                        { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
                        { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [i % 5 === 0 ? "0.0.0.0/0" : "10.0.0.0/8"] },
                    ],
                    tags: tags(i),
                });
                break;
            case 2:
                add("aws:ec2/instance:Instance", `vm-${i}`, { ami: "ami-0c1bea58988a989155", instanceType: "t3.medium", metadataOptions: { httpTokens: i % 3 === 0 ? "optional" : "required" }, tags: tags(i) });
                break;
            case 3:
                add("aws:iam/policy:Policy", `policy-${i}`, {
                    policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: i % 7 === 0 ? "*" : ["s3:GetObject"], Resource: i % 7 === 0 ? "*" : `arn:aws:s3:::bucket-${i}/*` }] }),
                });
                break;
            case 4:
                add("aws:ec2/vpc:Vpc", `vpc-${i}`, { cidrBlock: "10.0.0.0/16", tags: tags(i) });
                break;
            default:
                add("aws:lambda/function:Function", `fn-${i}`, { runtime: "nodejs20.x", handler: "index.handler", role: `arn:aws:iam::123456789012:role/fn-${i}`, memorySize: 256, tags: tags(i) });
        }
    }
    return { version: 3, deployment: { manifest: { time: "2026-11-23T00:00:00Z", magic: "bench", version: "v3.208.0" }, resources } };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
    const [count, file] = process.argv.slice(2);
    if (!count || !file) {
        console.error("usage: node bench/generate-stack.mjs <count> <file>");
        process.exit(2);
    }
    writeFileSync(file, JSON.stringify(generateStack(Number(count))));
}
