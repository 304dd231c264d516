// Writes a synthetic `pulumi stack export` (version 3) of N resources.
// Profiles:
//   clean (default) — a mostly compliant mix: buckets with and without public access blocks,
//                     security groups, instances, IAM policies, VPCs, functions.
//   heavy           — an estate the day a policy library is switched on: about half of every
//                     kind misconfigured (Kubernetes workloads, RDS, EC2, security groups, S3 with
//                     the provider-v7 side resources, IAM, KMS, Lambda), tags partly missing, and
//                     some values stored as secrets, as `pulumi stack export` writes them.
// Usage: node bench/generate-stack.mjs <count> <file> [clean|heavy]
import { Buffer } from "node:buffer";
import { writeFileSync } from "node:fs";

export const PROFILES = ["clean", "heavy"];

const BASE = "urn:pulumi:bench::synthetic";
const STACK_URN = `${BASE}::pulumi:pulumi:Stack::synthetic-bench`;

/** How `pulumi stack export` stores a secret: the secret signature key, and the encrypted value. */
const SECRET_SIG = "4dabf18193072939515e22adcb63daa4";
const SECRET_SIG_VALUE = "1b47061264138c4ac30d75fd1eb44270";
const secret = (i) => ({ [SECRET_SIG]: SECRET_SIG_VALUE, ciphertext: `v1:${Buffer.from(`bench-ciphertext-${i}`).toString("base64")}` });

/**
 * A stack export with its root stack and providers; `add(type, name, inputs, extra)` appends a
 * custom resource (outputs mirror the inputs, plus an id) and returns its URN.
 */
function stackBuilder(providers) {
    const resources = [{ urn: STACK_URN, custom: false, type: "pulumi:pulumi:Stack", outputs: {} }];
    const refs = {};
    for (const [pkg, version, inputs] of providers) {
        const urn = `${BASE}::pulumi:providers:${pkg}::default_${version}`;
        const id = `0b9a3a55-6f7e-4a4b-9e1d-0c7a1d2e3f4${resources.length}`;
        resources.push({ urn, custom: true, id, type: `pulumi:providers:${pkg}`, inputs, outputs: inputs });
        refs[pkg] = `${urn}::${id}`;
    }
    const add = (type, name, inputs, extra = {}) => {
        const urn = `${BASE}::${type}::${name}`;
        const provider = refs[type.split(":")[0]];
        // Object.assign rather than spreads: 100k resources are built here.
        resources.push(Object.assign({ urn, custom: true, id: `${name}-id`, type, inputs, outputs: Object.assign({}, inputs, { id: `${name}-id` }), parent: STACK_URN, provider }, extra));
        return urn;
    };
    const document = () => ({ version: 3, deployment: { manifest: { time: "2026-11-23T00:00:00Z", magic: "bench", version: "v3.208.0" }, resources } });
    return { resources, add, document };
}

const dependsOn = (urn, property) => ({ dependencies: [urn], propertyDependencies: { [property]: [urn] } });

function generateClean(count) {
    const { resources, add, document } = stackBuilder([["aws", "7_12_0", { region: "eu-west-1" }]]);
    const tags = (i) => ({ owner: `team-${i % 17}`, environment: i % 3 === 0 ? "prod" : "dev", "cost-center": `cc-${i % 101}` });
    for (let i = 0; resources.length < count; i++) {
        switch (i % 6) {
            case 0: {
                const name = `bucket-${i}`;
                const bucket = add("aws:s3/bucket:Bucket", name, { bucket: name, tags: tags(i), ...(i % 12 === 0 ? { acl: "public-read" } : {}) });
                if (i % 4 !== 0) {
                    add("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", `${name}-pab`, { bucket: name, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: i % 8 !== 1 }, dependsOn(bucket, "bucket"));
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
    return document();
}

// ---------------------------------------------------------------------------------------------
// The heavy profile. `i` numbers every resource (names); `k` numbers the resources of one kind.

/**
 * Every other resource of a kind is misconfigured (`bad`); `v` numbers the bad (and the good)
 * ones, so that which misconfigurations a bad resource has varies and they combine as in real estates.
 */
const variant = (k) => [k % 2 === 1, k >> 1];

/**
 * Tags as estates have them: a good resource has all three, one missing or wrongly cased keys; a
 * bad one has wrongly cased keys (some missing too) or none.
 */
function heavyTags(v, bad) {
    const owner = `team-${v % 17}`;
    const environment = v % 3 === 0 ? "prod" : "dev";
    const costCenter = `cc-${v % 101}`;
    const variants = bad
        ? [{ Owner: owner, Environment: environment, CostCenter: costCenter }, { Owner: owner, Environment: environment }, undefined]
        : [{ owner, environment, "cost-center": costCenter }, { owner, environment, "cost-center": costCenter }, { owner, environment }, { Owner: owner, Environment: environment, CostCenter: costCenter }];
    return variants[v % variants.length];
}

const withTags = (inputs, v, bad) => {
    const tags = heavyTags(v, bad);
    return tags ? Object.assign(inputs, { tags }) : inputs;
};

function container(i, v, bad) {
    const image = bad ? (v % 3 === 0 ? "nginx" : "nginx:latest") : `ghcr.io/acme/web:1.${v % 40}.0${v % 2 === 0 ? "" : `@sha256:${"ab".repeat(32)}`}`;
    const c = { name: "app", image, ports: [{ containerPort: 8080, ...(bad && v % 5 === 0 ? { hostPort: 8080 } : {}) }] };
    if (bad) {
        c.securityContext =
            v % 2 === 0
                ? { privileged: true, runAsUser: 0, seccompProfile: { type: "Unconfined" } }
                : { allowPrivilegeEscalation: true, procMount: "Unmasked", capabilities: { add: ["NET_ADMIN", "SYS_ADMIN"] } };
        // A Pulumi secret, and a token pasted in as plain text (what the env-literal rule is for).
        c.env = [{ name: "DB_PASSWORD", value: secret(i) }, { name: "API_TOKEN", value: `plain-token-${v % 97}` }, { name: "LOG_LEVEL", value: "debug" }];
    } else {
        // Half of the good ones meet only the baseline Pod Security level, not the restricted one.
        c.securityContext = v % 2 === 0 ? { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ["ALL"] }, seccompProfile: { type: "RuntimeDefault" } } : {};
        c.resources = v % 4 === 1 ? { requests: { cpu: "100m", memory: "128Mi" } } : { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } };
        if (v % 3 !== 0) c.livenessProbe = { httpGet: { path: "/healthz", port: 8080 } };
        if (v % 3 !== 1) c.readinessProbe = { httpGet: { path: "/ready", port: 8080 } };
    }
    return c;
}

function podSpec(i, v, bad) {
    const spec = { containers: [container(i, v, bad)] };
    if (bad) {
        if (v % 3 === 0) spec.hostNetwork = true;
        if (v % 3 === 1) spec.securityContext = { sysctls: [{ name: "kernel.msgmax", value: "65536" }] };
        if (v % 2 === 1) spec.volumes = [{ name: "docker", hostPath: { path: "/var/run/docker.sock" } }];
    } else {
        // Dedicated service accounts are often the last thing a team gets round to.
        if (v % 2 === 0) {
            spec.serviceAccountName = `app-${v % 13}`;
            spec.automountServiceAccountToken = false;
        }
        if (v % 2 === 0) spec.securityContext = { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } };
    }
    return spec;
}

const k8sMetadata = (name, v, bad) => ({ name, namespace: bad && v % 2 === 0 ? "default" : `team-${v % 7}`, labels: bad ? { app: name } : { app: name, owner: `team-${v % 17}`, environment: "prod", "cost-center": `cc-${v % 101}` } });

function deployment(add, i, k) {
    const [bad, v] = variant(k);
    const name = `web-${i}`;
    add("kubernetes:apps/v1:Deployment", name, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: k8sMetadata(name, v, bad),
        spec: { replicas: 2, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: podSpec(i, v, bad) } },
    });
}

function pod(add, i, k) {
    const [bad, v] = variant(k);
    const name = `job-pod-${i}`;
    add("kubernetes:core/v1:Pod", name, { apiVersion: "v1", kind: "Pod", metadata: k8sMetadata(name, v, bad), spec: podSpec(i, v, bad) });
}

function rdsInstance(add, i, k) {
    const [bad, v] = variant(k);
    const inputs = {
        identifier: `db-${i}`,
        engine: "postgres",
        engineVersion: "16.4",
        instanceClass: bad ? "db.r5.8xlarge" : "db.t4g.medium",
        allocatedStorage: 100,
        username: "app",
        password: secret(i),
        storageEncrypted: !bad,
        publiclyAccessible: bad && v % 2 === 0,
        backupRetentionPeriod: bad ? 0 : 7,
        deletionProtection: !bad && v % 2 === 0,
        autoMinorVersionUpgrade: !bad || v % 3 !== 0,
        iamDatabaseAuthenticationEnabled: !bad && v % 2 === 0,
        multiAz: !bad,
        performanceInsightsEnabled: true,
        ...(bad || v % 2 === 1 ? {} : { performanceInsightsKmsKeyId: `arn:aws:kms:eu-west-1:123456789012:key/db-${i}` }),
    };
    add("aws:rds/instance:Instance", `db-${i}`, withTags(inputs, v, bad));
}

function ec2Instance(add, i, k) {
    const [bad, v] = variant(k);
    const inputs = {
        ami: "ami-0c1bea58988a989155",
        instanceType: bad ? "m5.24xlarge" : "t3.medium",
        metadataOptions: { httpTokens: bad ? "optional" : "required", httpEndpoint: "enabled" },
        associatePublicIpAddress: bad || v % 3 === 0,
        rootBlockDevice: bad ? { volumeSize: 30, volumeType: "gp2", encrypted: false } : { volumeSize: 30, volumeType: "gp3", encrypted: true },
        ...(bad && v % 2 === 1 ? { ebsBlockDevices: [{ deviceName: "/dev/sdf", volumeSize: 4000, volumeType: "io1", iops: 3000, encrypted: false }] } : {}),
        userData: bad && v % 2 === 0 ? secret(i) : undefined,
    };
    if (inputs.userData === undefined) delete inputs.userData;
    add("aws:ec2/instance:Instance", `vm-${i}`, withTags(inputs, v, bad));
}

function securityGroup(add, i, k) {
    const [bad, v] = variant(k);
    const open = ["0.0.0.0/0"];
    const ingress = [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: open }];
    if (bad) {
        ingress.push({ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: open });
        if (v % 2 === 0) ingress.push({ protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlocks: open, ipv6CidrBlocks: ["::/0"] });
        if (v % 3 === 0) ingress.push({ protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: open });
        if (v % 4 === 1) ingress.push({ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: open });
    } else {
        ingress.push({ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"] });
    }
    add("aws:ec2/securityGroup:SecurityGroup", `sg-${i}`, withTags({ vpcId: "vpc-123", description: "app tier", ingress, egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: open }] }, v, bad));
}

/** A provider-v7 bucket with the side resources it should have; a bad one lacks or misconfigures them. */
function s3Bucket(add, i, k) {
    const [bad, v] = variant(k);
    const name = `bucket-${i}`;
    const bucket = add("aws:s3/bucketV2:BucketV2", name, withTags({ bucket: name, forceDestroy: false }, v, bad));
    const ref = dependsOn(bucket, "bucket");
    if (!bad || v % 2 === 0) {
        add("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", `${name}-pab`, { bucket: name, blockPublicAcls: true, blockPublicPolicy: !bad, ignorePublicAcls: true, restrictPublicBuckets: !bad }, ref);
    }
    if (!bad || v % 3 !== 0) {
        const sse = bad ? { sseAlgorithm: "AES256" } : { sseAlgorithm: "aws:kms", kmsMasterKeyId: `arn:aws:kms:eu-west-1:123456789012:key/s3-${i}` };
        add("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", `${name}-sse`, { bucket: name, rules: [{ applyServerSideEncryptionByDefault: sse, bucketKeyEnabled: !bad }] }, ref);
    }
    if (!bad) {
        add("aws:s3/bucketVersioning:BucketVersioning", `${name}-versioning`, { bucket: name, versioningConfiguration: { status: "Enabled" } }, ref);
    } else if (v % 2 === 1) {
        add("aws:s3/bucketVersioning:BucketVersioning", `${name}-versioning`, { bucket: name, versioningConfiguration: { status: "Suspended" } }, ref);
    }
}

function iamPolicy(add, i, k) {
    const [bad, v] = variant(k);
    const statement = bad
        ? v % 2 === 0
            ? [{ Effect: "Allow", Action: "*", Resource: "*" }]
            : [{ Effect: "Allow", Action: ["s3:*", "iam:PassRole"], Resource: "*" }]
        : [{ Effect: "Allow", Action: v % 2 === 0 ? ["s3:GetObject"] : ["s3:*"], Resource: `arn:aws:s3:::bucket-${i}/*` }];
    add("aws:iam/policy:Policy", `policy-${i}`, withTags({ name: `policy-${i}`, policy: JSON.stringify({ Version: "2012-10-17", Statement: statement }) }, v, bad));
}

function kmsKey(add, i, k) {
    const [bad, v] = variant(k);
    add("aws:kms/key:Key", `key-${i}`, withTags({ description: "application data", enableKeyRotation: !bad, deletionWindowInDays: 30, keyUsage: "ENCRYPT_DECRYPT" }, v, bad));
}

function lambdaFunction(add, i, k) {
    const [bad, v] = variant(k);
    const inputs = {
        runtime: bad ? "nodejs14.x" : v % 3 === 0 ? "python3.8" : "nodejs22.x",
        handler: "index.handler",
        role: `arn:aws:iam::123456789012:role/fn-${i}`,
        memorySize: bad ? 10240 : 256,
        timeout: bad ? 900 : 30,
        environment: { variables: { API_TOKEN: secret(i), STAGE: "prod" } },
    };
    add("aws:lambda/function:Function", `fn-${i}`, withTags(inputs, v, bad));
}

/** One round of the heavy mix: how many of each kind, in the proportions of a typical estate. */
const HEAVY_ROUND = [
    [deployment, 2],
    [pod, 1],
    [rdsInstance, 2],
    [ec2Instance, 2],
    [securityGroup, 2],
    [s3Bucket, 4],
    [iamPolicy, 2],
    [kmsKey, 2],
    [lambdaFunction, 4],
];

function generateHeavy(count) {
    const { resources, add, document } = stackBuilder([
        ["aws", "7_12_0", { region: "eu-west-1" }],
        ["kubernetes", "4_24_0", { namespace: "default" }],
    ]);
    // Each kind counts its own resources (see `variant`).
    const made = HEAVY_ROUND.map(() => 0);
    for (let i = 0; resources.length < count; ) {
        HEAVY_ROUND.forEach(([make, times], kind) => {
            for (let t = 0; t < times && resources.length < count; t++, i++) make(add, i, made[kind]++);
        });
    }
    return document();
}

/** A stack export of about `count` resources (a bucket's side resources may add a few). */
export function generateStack(count, { profile = "clean" } = {}) {
    if (profile === "clean") return generateClean(count);
    if (profile === "heavy") return generateHeavy(count);
    throw new Error(`unknown profile "${profile}" (use ${PROFILES.join(" or ")})`);
}

/** Resources per type, most common first: what a generated stack is made of. */
export function typeMix(document) {
    const counts = new Map();
    for (const r of document.deployment.resources) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
    const [count, file, profile = "clean"] = process.argv.slice(2);
    if (!count || !file || !Number.isInteger(Number(count)) || !PROFILES.includes(profile)) {
        console.error(`usage: node bench/generate-stack.mjs <count> <file> [${PROFILES.join("|")}]`);
        process.exit(2);
    }
    const document = generateStack(Number(count), { profile });
    writeFileSync(file, JSON.stringify(document));
    const total = document.deployment.resources.length;
    console.error(`${total} resources (${profile}):`);
    for (const [type, n] of typeMix(document)) console.error(`  ${String(n).padStart(7)}  ${type}`);
}
