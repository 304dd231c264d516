import { UNKNOWN_SENTINELS } from "../../src/engine";
import { unknownCheckingProxy } from "../../src/sdk";
import { EC2_HOURLY, estimateMonthlyCost, HOURS_PER_MONTH, isBillableType, PRICES_AS_OF, type PricedResourceInput } from "./pricing";

const r = (type: string, name: string, props: Record<string, unknown>): PricedResourceInput => ({ urn: `urn:pulumi:dev::app::${type}::${name}`, type, name, props });
const only = (resource: PricedResourceInput) => estimateMonthlyCost([resource]);

describe("estimateMonthlyCost", () => {
    test("an EC2 instance is hourly rate × 730", () => {
        const estimate = only(r("aws:ec2/instance:Instance", "web", { instanceType: "t3.micro" }));
        expect(estimate.items).toEqual([expect.objectContaining({ name: "web", monthlyUsd: 7.59, basis: expect.stringContaining("t3.micro") })]);
        expect(estimate.totalUsd).toBe(7.59);
        expect(estimate.unpriced).toEqual([]);
    });

    test("the table holds a few dozen common instance types, with m5.large at $0.096/h", () => {
        expect(Object.keys(EC2_HOURLY).length).toBeGreaterThan(36);
        expect(only(r("aws:ec2/instance:Instance", "a", { instanceType: "m5.large" })).totalUsd).toBe(70.08);
    });

    test("the largest sizes and metal of a listed family are priced (m5.24xlarge, m5.metal)", () => {
        expect(only(r("aws:ec2/instance:Instance", "big", { instanceType: "m5.24xlarge" })).totalUsd).toBe(Math.round(4.608 * 730 * 100) / 100);
        expect(only(r("aws:ec2/instance:Instance", "metal", { instanceType: "m5.metal" })).unpriced).toEqual([]);
    });

    test("every estimate carries the date and region of its prices", () => {
        const estimate = only(r("aws:ec2/instance:Instance", "web", { instanceType: "t3.micro" }));
        expect(estimate.pricesAsOf).toBe(PRICES_AS_OF);
        expect(estimate.pricesAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(estimate.priceRegion).toBe("us-east-1");
        expect(estimate.covers).toBe("AWS");
    });

    test("an unknown instance type is unpriced, never zero", () => {
        const estimate = only(r("aws:ec2/instance:Instance", "odd", { instanceType: "z9.mega" }));
        expect(estimate.items).toEqual([]);
        expect(estimate.totalUsd).toBe(0);
        expect(estimate.unpriced).toEqual([expect.objectContaining({ name: "odd", reason: expect.stringContaining("not in the price table") })]);
    });

    test("a value unknown during preview (raw sentinel) is unpriced and flagged", () => {
        const estimate = only(r("aws:ec2/instance:Instance", "web", { instanceType: UNKNOWN_SENTINELS.string }));
        expect(estimate.unpriced).toEqual([expect.objectContaining({ reason: "instanceType is unknown during preview", unknownDuringPreview: true })]);
    });

    test("a value unknown during preview behind the policy proxy is unpriced, or throws in strict mode", () => {
        const resource = r("aws:ec2/instance:Instance", "web", unknownCheckingProxy({ instanceType: UNKNOWN_SENTINELS.string }));
        expect(estimateMonthlyCost([resource]).unpriced).toHaveLength(1);
        expect(() => estimateMonthlyCost([resource], { strict: true })).toThrow();
    });

    test("spot and dedicated instances are unpriced", () => {
        const estimate = estimateMonthlyCost([
            r("aws:ec2/instance:Instance", "spot", { instanceType: "t3.micro", instanceMarketOptions: { marketType: "spot" } }),
            r("aws:ec2/instance:Instance", "dedicated", { instanceType: "t3.micro", tenancy: "dedicated" }),
        ]);
        expect(estimate.unpriced.map((u) => u.name)).toEqual(["spot", "dedicated"]);
    });

    test("EBS volumes by type and size, with gp3 and io extras", () => {
        const estimate = estimateMonthlyCost([
            r("aws:ebs/volume:Volume", "gp2", { type: "gp2", size: 100, availabilityZone: "a" }),
            r("aws:ebs/volume:Volume", "gp3", { type: "gp3", size: 100, iops: 4000, throughput: 225 }),
            r("aws:ebs/volume:Volume", "io1", { type: "io1", size: 100, iops: 1000 }),
            r("aws:ebs/volume:Volume", "io2", { type: "io2", size: 100, iops: 40000 }),
            r("aws:ebs/volume:Volume", "st1", { type: "st1", size: 1000 }),
            r("aws:ebs/volume:Volume", "sc1", { type: "sc1", size: 1000 }),
            r("aws:ebs/volume:Volume", "default", { size: 10 }),
        ]);
        const by = Object.fromEntries(estimate.items.map((i) => [i.name, i.monthlyUsd]));
        expect(by).toEqual({
            gp2: 10,
            gp3: 8 + 1000 * 0.005 + 100 * 0.04,
            io1: 12.5 + 65,
            io2: 12.5 + 32000 * 0.065 + 8000 * 0.0455,
            st1: 45,
            sc1: 15,
            default: 1,
        });
        expect(estimate.items.find((i) => i.name === "default")?.basis).toContain("10 GiB gp2 (no type set: the default)");
    });

    test("EBS: a volume with no type is priced as gp2, AWS's default, and a non-string type is unpriced", () => {
        const estimate = estimateMonthlyCost([
            r("aws:ebs/volume:Volume", "absent", { size: 100 }),
            r("aws:ebs/volume:Volume", "null", { size: 100, type: null }),
            r("aws:ebs/volume:Volume", "gp3", { size: 100, type: "gp3" }),
            r("aws:ebs/volume:Volume", "odd", { size: 100, type: 7 }),
        ]);
        expect(Object.fromEntries(estimate.items.map((i) => [i.name, i.monthlyUsd]))).toEqual({ absent: 10, null: 10, gp3: 8 });
        expect(estimate.unpriced.map((u) => u.name)).toEqual(["odd"]);
    });

    test("volumes without a size, and io volumes without IOPS, are unpriced", () => {
        const estimate = estimateMonthlyCost([
            r("aws:ebs/volume:Volume", "from-snapshot", { type: "gp3", snapshotId: "snap-1" }),
            r("aws:ebs/volume:Volume", "io", { type: "io2", size: 10 }),
        ]);
        expect(estimate.unpriced.map((u) => u.name)).toEqual(["from-snapshot", "io"]);
    });

    test("RDS: class hours plus gp2/gp3 storage; Multi-AZ doubles both", () => {
        const single = only(r("aws:rds/instance:Instance", "db", { engine: "postgres", instanceClass: "db.t4g.micro", allocatedStorage: 20 }));
        expect(single.totalUsd).toBe(Math.round((0.016 * HOURS_PER_MONTH + 20 * 0.115) * 100) / 100);
        const multi = only(r("aws:rds/instance:Instance", "db", { engine: "mysql", instanceClass: "db.t4g.micro", allocatedStorage: 20, multiAz: true }));
        expect(multi.totalUsd).toBeCloseTo(single.totalUsd * 2, 1);
        expect(multi.items[0].basis).toContain("Multi-AZ");
    });

    test("RDS: license-included engines and Aurora instances are unpriced", () => {
        const estimate = estimateMonthlyCost([
            r("aws:rds/instance:Instance", "oracle", { engine: "oracle-se2", instanceClass: "db.m5.large" }),
            r("aws:rds/clusterInstance:ClusterInstance", "aurora", { instanceClass: "db.r6g.large", clusterIdentifier: "c", engine: "aurora-postgresql" }),
        ]);
        expect(estimate.items).toEqual([]);
        expect(estimate.unpriced).toHaveLength(2);
    });

    test("ElastiCache clusters and replication groups count their nodes", () => {
        const estimate = estimateMonthlyCost([
            r("aws:elasticache/cluster:Cluster", "memcached", { engine: "memcached", nodeType: "cache.t3.micro", numCacheNodes: 2 }),
            r("aws:elasticache/replicationGroup:ReplicationGroup", "redis", { description: "d", nodeType: "cache.r6g.large", numNodeGroups: 2, replicasPerNodeGroup: 1 }),
            r("aws:elasticache/replicationGroup:ReplicationGroup", "valkey", { description: "d", engine: "valkey", nodeType: "cache.r6g.large" }),
        ]);
        const by = Object.fromEntries(estimate.items.map((i) => [i.name, i.monthlyUsd]));
        expect(by).toEqual({ memcached: Math.round(2 * 0.017 * 730 * 100) / 100, redis: Math.round(4 * 0.206 * 730 * 100) / 100 });
        expect(estimate.unpriced.map((u) => u.name)).toEqual(["valkey"]);
    });

    test("OpenSearch domains: data nodes and dedicated masters", () => {
        const estimate = only(r("aws:opensearch/domain:Domain", "search", {
            clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2, dedicatedMasterEnabled: true, dedicatedMasterType: "m6g.large.search", dedicatedMasterCount: 3 },
        }));
        expect(estimate.totalUsd).toBe(Math.round((2 * 0.167 + 3 * 0.128) * 730 * 100) / 100);
    });

    test("flat hourly resources: NAT gateway, load balancers, EKS cluster, Elastic IP", () => {
        const estimate = estimateMonthlyCost([
            r("aws:ec2/natGateway:NatGateway", "nat", { subnetId: "subnet-1" }),
            r("aws:lb/loadBalancer:LoadBalancer", "alb", {}),
            r("aws:lb/loadBalancer:LoadBalancer", "nlb", { loadBalancerType: "network" }),
            r("aws:eks/cluster:Cluster", "eks", { roleArn: "arn", vpcConfig: {} }),
            r("aws:ec2/eip:Eip", "ip", {}),
        ]);
        const by = Object.fromEntries(estimate.items.map((i) => [i.name, i.monthlyUsd]));
        expect(by).toEqual({ nat: 32.85, alb: 16.43, nlb: 16.43, eks: 73, ip: 3.65 });
    });

    test("EKS node groups: desired size × instance type; spot and launch-template types are unpriced", () => {
        const estimate = estimateMonthlyCost([
            r("aws:eks/nodeGroup:NodeGroup", "ng", { instanceTypes: ["m6i.large"], scalingConfig: { desiredSize: 3, minSize: 1, maxSize: 5 } }),
            r("aws:eks/nodeGroup:NodeGroup", "default", { scalingConfig: { desiredSize: 2, minSize: 1, maxSize: 2 } }),
            r("aws:eks/nodeGroup:NodeGroup", "spot", { capacityType: "SPOT", instanceTypes: ["m6i.large"], scalingConfig: { desiredSize: 3 } }),
            r("aws:eks/nodeGroup:NodeGroup", "lt", { launchTemplate: { id: "lt-1", version: "1" }, scalingConfig: { desiredSize: 3 } }),
        ]);
        const by = Object.fromEntries(estimate.items.map((i) => [i.name, i.monthlyUsd]));
        expect(by).toEqual({ ng: Math.round(3 * 0.096 * 730 * 100) / 100, default: Math.round(2 * 0.0416 * 730 * 100) / 100 });
        expect(estimate.unpriced.map((u) => u.name)).toEqual(["spot", "lt"]);
    });

    test("DynamoDB: provisioned capacity including indexes; on-demand tables are ignored", () => {
        const estimate = estimateMonthlyCost([
            r("aws:dynamodb/table:Table", "provisioned", { readCapacity: 10, writeCapacity: 5, globalSecondaryIndexes: [{ name: "gsi", projectionType: "ALL", readCapacity: 10, writeCapacity: 5 }] }),
            r("aws:dynamodb/table:Table", "on-demand", { billingMode: "PAY_PER_REQUEST" }),
        ]);
        expect(estimate.items.map((i) => i.name)).toEqual(["provisioned"]);
        expect(estimate.items[0].monthlyUsd).toBe(Math.round((20 * 0.00013 + 10 * 0.00065) * 730 * 100) / 100);
        expect(estimate.unpriced).toEqual([]);
    });

    test("Auto Scaling groups are listed as unpriced", () => {
        expect(only(r("aws:autoscaling/group:Group", "asg", { maxSize: 3, minSize: 1 })).unpriced).toHaveLength(1);
    });

    test("free and usage-billed types are ignored", () => {
        const estimate = estimateMonthlyCost([
            r("aws:s3/bucket:Bucket", "b", {}),
            r("aws:iam/role:Role", "role", {}),
            r("aws:lambda/function:Function", "fn", { memorySize: 1024 }),
            r("aws:ec2/launchTemplate:LaunchTemplate", "lt", { instanceType: "m5.large" }),
            r("kubernetes:apps/v1:Deployment", "d", {}),
        ]);
        expect(estimate).toEqual({ totalUsd: 0, items: [], unpriced: [], pricesAsOf: PRICES_AS_OF, priceRegion: "us-east-1", covers: "AWS" });
        expect(isBillableType("aws:s3/bucket:Bucket")).toBe(false);
        expect(isBillableType("aws:ec2/instance:Instance")).toBe(true);
    });

    test("wrong-typed props never throw", () => {
        const estimate = estimateMonthlyCost([
            r("aws:ec2/instance:Instance", "a", { instanceType: 42 }),
            r("aws:ebs/volume:Volume", "b", { type: ["gp3"], size: "100" }),
            r("aws:opensearch/domain:Domain", "c", { clusterConfig: "x" }),
            r("aws:dynamodb/table:Table", "d", { readCapacity: -5, globalSecondaryIndexes: "x" }),
        ]);
        expect(estimate.unpriced.map((u) => u.name)).toEqual(["a", "b", "c"]);
        expect(estimate.items.map((i) => i.name)).toEqual(["d"]);
    });

    test("the total is the sum of the items", () => {
        const estimate = estimateMonthlyCost([
            r("aws:ec2/instance:Instance", "a", { instanceType: "t3.micro" }),
            r("aws:ec2/natGateway:NatGateway", "nat", {}),
            r("aws:ec2/instance:Instance", "b", { instanceType: "nope" }),
        ]);
        expect(estimate.totalUsd).toBe(7.59 + 32.85);
        expect(estimate.unpriced).toHaveLength(1);
    });
});
