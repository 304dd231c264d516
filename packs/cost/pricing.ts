/**
 * A rough monthly cost estimate of a stack's provisioned capacity, from an embedded price table.
 *
 * The estimate covers what a program's inputs fix: instance hours, provisioned storage,
 * hourly-billed gateways and load balancers. Usage (requests, data transfer, LCUs, I/O, backups,
 * logs ingested) is not estimated, and resources whose type bills only by usage (Lambda, S3,
 * on-demand DynamoDB, ...) are ignored. A resource of a billable type this table cannot price
 * (an instance type not listed, a value unknown during preview, spot capacity) is listed as
 * unpriced: never counted as zero.
 */
import { isSecretValueError, isUnknownSentinel, known, listOf, recordOf } from "../../src";

/** Hours in the month AWS's own calculators use. */
export const HOURS_PER_MONTH = 730;

/*
 * PRICE TABLE: on-demand list prices, region us-east-1 (N. Virginia), USD, compiled 2026-11-23.
 *
 * Source: the AWS public price list (the Price List API offer files and the service pricing
 * pages: aws.amazon.com/ec2/pricing/on-demand, /ebs/pricing, /rds/pricing, /elasticache/pricing,
 * /opensearch-service/pricing, /vpc/pricing, /elasticloadbalancing/pricing, /eks/pricing,
 * /dynamodb/pricing). Those pages could not be loaded while compiling this table (no network
 * beyond the npm registry), so the figures are the long-standing published list prices, checked
 * where possible against third-party pricing write-ups dated 2026 found by search:
 *   - corroborated: NAT gateway $0.045/h; EKS cluster $0.10/h (standard support); EBS gp3 $0.08,
 *     gp2 $0.10, io1/io2 $0.125, st1 $0.045, sc1 $0.015 per GB-month; EC2 m7g.large $0.0816/h and
 *     g5.xlarge $1.006/h; RDS db.t4g.micro/small/medium $0.016/$0.032/$0.065 per hour and RDS gp3
 *     storage $0.115/GB-month; RDS Multi-AZ billed as two instances.
 *   - NOT verified in this session (published figures as last known; check before relying on
 *     them): the other EC2 instance rates, the other RDS classes, every ElastiCache and
 *     OpenSearch rate, load balancer base rates ($0.0225/h ALB and NLB, $0.0125/h GWLB, $0.025/h
 *     classic), the public IPv4 charge ($0.005/h), EBS IOPS/throughput extras, and DynamoDB
 *     provisioned capacity ($0.00065 per WCU-hour, $0.00013 per RCU-hour).
 * Linux, shared tenancy. RDS rates are MySQL/MariaDB single-AZ; PostgreSQL is the same or up to a
 * few percent higher for some classes. ElastiCache rates are Redis OSS / Memcached node rates.
 */

/** EC2 instance types, USD per hour (Linux, on-demand). */
export const EC2_HOURLY: Readonly<Record<string, number>> = {
    "t2.nano": 0.0058, "t2.micro": 0.0116, "t2.small": 0.023, "t2.medium": 0.0464, "t2.large": 0.0928, "t2.xlarge": 0.1856, "t2.2xlarge": 0.3712,
    "t3.nano": 0.0052, "t3.micro": 0.0104, "t3.small": 0.0208, "t3.medium": 0.0416, "t3.large": 0.0832, "t3.xlarge": 0.1664, "t3.2xlarge": 0.3328,
    "t3a.nano": 0.0047, "t3a.micro": 0.0094, "t3a.small": 0.0188, "t3a.medium": 0.0376, "t3a.large": 0.0752, "t3a.xlarge": 0.1504, "t3a.2xlarge": 0.3008,
    "t4g.nano": 0.0042, "t4g.micro": 0.0084, "t4g.small": 0.0168, "t4g.medium": 0.0336, "t4g.large": 0.0672, "t4g.xlarge": 0.1344, "t4g.2xlarge": 0.2688,
    "m5.large": 0.096, "m5.xlarge": 0.192, "m5.2xlarge": 0.384, "m5.4xlarge": 0.768, "m5.8xlarge": 1.536, "m5.12xlarge": 2.304,
    "m5a.large": 0.086, "m5a.xlarge": 0.172, "m5a.2xlarge": 0.344,
    "m6i.large": 0.096, "m6i.xlarge": 0.192, "m6i.2xlarge": 0.384, "m6i.4xlarge": 0.768,
    "m6a.large": 0.0864, "m6a.xlarge": 0.1728, "m6a.2xlarge": 0.3456,
    "m6g.large": 0.077, "m6g.xlarge": 0.154, "m6g.2xlarge": 0.308, "m6g.4xlarge": 0.616,
    "m7g.large": 0.0816, "m7g.xlarge": 0.1632, "m7g.2xlarge": 0.3264, "m7g.4xlarge": 0.6528,
    "m7i.large": 0.1008, "m7i.xlarge": 0.2016, "m7i.2xlarge": 0.4032,
    "c5.large": 0.085, "c5.xlarge": 0.17, "c5.2xlarge": 0.34, "c5.4xlarge": 0.68,
    "c6i.large": 0.085, "c6i.xlarge": 0.17, "c6i.2xlarge": 0.34,
    "c6g.large": 0.068, "c6g.xlarge": 0.136, "c6g.2xlarge": 0.272,
    "c7g.large": 0.0725, "c7g.xlarge": 0.145, "c7g.2xlarge": 0.29,
    "r5.large": 0.126, "r5.xlarge": 0.252, "r5.2xlarge": 0.504, "r5.4xlarge": 1.008,
    "r6i.large": 0.126, "r6i.xlarge": 0.252, "r6i.2xlarge": 0.504,
    "r6g.large": 0.1008, "r6g.xlarge": 0.2016, "r6g.2xlarge": 0.4032,
    "r7g.large": 0.1071, "r7g.xlarge": 0.2142,
    "i3.large": 0.156, "g4dn.xlarge": 0.526, "g5.xlarge": 1.006, "p3.2xlarge": 3.06,
};

/** EBS volume storage, USD per GiB-month. */
export const EBS_GB_MONTH: Readonly<Record<string, number>> = { gp2: 0.1, gp3: 0.08, io1: 0.125, io2: 0.125, st1: 0.045, sc1: 0.015, standard: 0.05 };
/** gp3 performance above the included 3,000 IOPS / 125 MiB/s, per IOPS-month and per MiB/s-month. */
export const GP3_EXTRA = { iopsMonth: 0.005, throughputMonth: 0.04, includedIops: 3000, includedThroughput: 125 } as const;
/** Provisioned IOPS, USD per IOPS-month: io1 flat, io2 in tiers (up to 32,000; to 64,000; above). */
export const IO1_IOPS_MONTH = 0.065;
export const IO2_IOPS_TIERS: ReadonlyArray<readonly [upTo: number, perIopsMonth: number]> = [[32000, 0.065], [64000, 0.0455], [Infinity, 0.032]];

/** RDS instance classes, USD per hour, single-AZ (MySQL/MariaDB rates). Multi-AZ doubles. */
export const RDS_HOURLY: Readonly<Record<string, number>> = {
    "db.t3.micro": 0.017, "db.t3.small": 0.034, "db.t3.medium": 0.068, "db.t3.large": 0.136, "db.t3.xlarge": 0.272, "db.t3.2xlarge": 0.544,
    "db.t4g.micro": 0.016, "db.t4g.small": 0.032, "db.t4g.medium": 0.065, "db.t4g.large": 0.129, "db.t4g.xlarge": 0.258,
    "db.m5.large": 0.171, "db.m5.xlarge": 0.342, "db.m5.2xlarge": 0.684, "db.m5.4xlarge": 1.368,
    "db.m6i.large": 0.171, "db.m6i.xlarge": 0.342,
    "db.m6g.large": 0.152, "db.m6g.xlarge": 0.304, "db.m6g.2xlarge": 0.608,
    "db.r5.large": 0.25, "db.r5.xlarge": 0.5, "db.r5.2xlarge": 1.0,
    "db.r6i.large": 0.25, "db.r6i.xlarge": 0.5,
    "db.r6g.large": 0.225, "db.r6g.xlarge": 0.45, "db.r6g.2xlarge": 0.9,
};
/** RDS gp2/gp3 storage, USD per GB-month, single-AZ (Multi-AZ doubles). */
export const RDS_STORAGE_GB_MONTH = 0.115;
/** Engines the RDS table prices (license-included engines cost far more and are not listed). */
const RDS_PRICED_ENGINES = new Set(["mysql", "mariadb", "postgres"]);

/** ElastiCache node types, USD per node-hour (Redis OSS / Memcached). */
export const ELASTICACHE_HOURLY: Readonly<Record<string, number>> = {
    "cache.t3.micro": 0.017, "cache.t3.small": 0.034, "cache.t3.medium": 0.068,
    "cache.t4g.micro": 0.016, "cache.t4g.small": 0.032, "cache.t4g.medium": 0.065,
    "cache.m5.large": 0.156, "cache.m5.xlarge": 0.311,
    "cache.m6g.large": 0.149, "cache.m6g.xlarge": 0.297,
    "cache.r5.large": 0.216, "cache.r5.xlarge": 0.431,
    "cache.r6g.large": 0.206, "cache.r6g.xlarge": 0.411,
};
const ELASTICACHE_PRICED_ENGINES = new Set(["redis", "memcached"]);

/** OpenSearch Service instance types, USD per hour (Elasticsearch domains use the same rates). */
export const OPENSEARCH_HOURLY: Readonly<Record<string, number>> = {
    "t3.small.search": 0.036, "t3.medium.search": 0.073,
    "m5.large.search": 0.142, "m6g.large.search": 0.128, "m6g.xlarge.search": 0.256,
    "r5.large.search": 0.186, "r6g.large.search": 0.167, "r6g.xlarge.search": 0.335,
    "c5.large.search": 0.125, "c6g.large.search": 0.113,
};

/** Flat hourly charges. */
export const HOURLY = {
    natGateway: 0.045,
    applicationLoadBalancer: 0.0225,
    networkLoadBalancer: 0.0225,
    gatewayLoadBalancer: 0.0125,
    classicLoadBalancer: 0.025,
    eksCluster: 0.1,
    publicIpv4: 0.005,
    dynamodbWcu: 0.00065,
    dynamodbRcu: 0.00013,
} as const;

export interface PricedResourceInput {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly props: Record<string, unknown>;
}

export interface PricedItem {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly monthlyUsd: number;
    /** How the figure was reached, e.g. "t3.micro: $0.0104/h × 730 h". */
    readonly basis: string;
}

export interface UnpricedItem {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly reason: string;
    /** Set when the price depends on a value unknown during preview. */
    readonly unknownDuringPreview?: boolean;
}

export interface CostEstimate {
    readonly totalUsd: number;
    readonly items: PricedItem[];
    readonly unpriced: UnpricedItem[];
}

export interface EstimateOptions {
    /**
     * Let a read of a value that is unknown during preview throw (the policy SDK's error), instead
     * of listing the resource as unpriced. Stack rules use it to abort when the verdict depends
     * on such a value.
     */
    readonly strict?: boolean;
}

const money = (usd: number) => (usd < 1 ? `$${usd}` : `$${usd.toFixed(2)}`);
const round = (usd: number) => Math.round(usd * 100) / 100;

/** Thrown inside a pricer to list the resource as unpriced. */
class Unpriced {
    constructor(readonly reason: string, readonly unknownDuringPreview = false) {}
}

/** Reads one input, turning "unknown during preview" into an Unpriced (or a throw, when strict). */
type Reader = <T>(read: () => T, what: string) => T;

function readerFor(options: EstimateOptions): Reader {
    return (read, what) => {
        const readable = () => {
            try {
                return read();
            } catch (e) {
                if (isSecretValueError(e)) throw new Unpriced(`${what} is secret and cannot be read here`);
                throw e;
            }
        };
        const result = options.strict ? { known: true as const, value: read() } : known(readable);
        if (!result.known || isUnknownSentinel(result.value)) throw new Unpriced(`${what} is unknown during preview`, true);
        return result.value;
    };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

function hourlyRate(table: Readonly<Record<string, number>>, key: string | undefined, what: string): number {
    if (key === undefined) throw new Unpriced(`no ${what} set`);
    const rate = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
    if (rate === undefined) throw new Unpriced(`${what} ${/^[a-z0-9.-]{1,40}$/i.test(key) ? key : "(unrecognised)"} is not in the price table`);
    return rate;
}

interface Priced {
    readonly monthlyUsd: number;
    readonly basis: string;
}

function ebsMonthly(volumeType: string, sizeGib: number, iops: number | undefined, throughput: number | undefined): Priced {
    const perGb = hourlyRate(EBS_GB_MONTH, volumeType, "volume type");
    let monthly = perGb * sizeGib;
    const parts = [`${sizeGib} GiB ${volumeType} × ${money(perGb)}/GiB-month`];
    if (volumeType === "gp3") {
        const extraIops = Math.max(0, (iops ?? GP3_EXTRA.includedIops) - GP3_EXTRA.includedIops);
        const extraThroughput = Math.max(0, (throughput ?? GP3_EXTRA.includedThroughput) - GP3_EXTRA.includedThroughput);
        if (extraIops > 0) {
            monthly += extraIops * GP3_EXTRA.iopsMonth;
            parts.push(`${extraIops} extra IOPS`);
        }
        if (extraThroughput > 0) {
            monthly += extraThroughput * GP3_EXTRA.throughputMonth;
            parts.push(`${extraThroughput} MiB/s extra throughput`);
        }
    } else if (volumeType === "io1" || volumeType === "io2") {
        if (iops === undefined) throw new Unpriced(`provisioned IOPS of the ${volumeType} volume are not set`);
        if (volumeType === "io1") monthly += iops * IO1_IOPS_MONTH;
        else {
            let remaining = iops;
            let floor = 0;
            for (const [upTo, rate] of IO2_IOPS_TIERS) {
                const inTier = Math.min(remaining, upTo - floor);
                monthly += inTier * rate;
                remaining -= inTier;
                floor = upTo;
                if (remaining <= 0) break;
            }
        }
        parts.push(`${iops} provisioned IOPS`);
    }
    return { monthlyUsd: monthly, basis: parts.join(" + ") };
}

function ec2Hours(instanceType: string | undefined, count: number, label = ""): Priced {
    const rate = hourlyRate(EC2_HOURLY, instanceType, "instance type");
    const n = count === 1 ? "" : `${count} × `;
    return { monthlyUsd: rate * HOURS_PER_MONTH * count, basis: `${n}${instanceType}${label}: ${money(rate)}/h × ${HOURS_PER_MONTH} h (Linux on-demand; EBS priced separately)` };
}

type Pricer = (props: Record<string, unknown>, read: Reader) => Priced;

const flat = (rate: number, what: string): Pricer => () => ({ monthlyUsd: rate * HOURS_PER_MONTH, basis: `${what}: ${money(rate)}/h × ${HOURS_PER_MONTH} h (usage charges not included)` });

const loadBalancer: Pricer = (props, read) => {
    const type = str(read(() => props.loadBalancerType, "loadBalancerType")) ?? "application";
    const rate = type === "network" ? HOURLY.networkLoadBalancer : type === "gateway" ? HOURLY.gatewayLoadBalancer : type === "application" ? HOURLY.applicationLoadBalancer : undefined;
    if (rate === undefined) throw new Unpriced("load balancer type is not recognised");
    return { monthlyUsd: rate * HOURS_PER_MONTH, basis: `${type} load balancer base: ${money(rate)}/h × ${HOURS_PER_MONTH} h (capacity units not included)` };
};

const opensearchDomain: Pricer = (props, read) => {
    const config = recordOf(read(() => props.clusterConfig, "clusterConfig"));
    const normalise = (t: string | undefined) => t?.replace(/\.elasticsearch$/, ".search");
    const instanceType = normalise(str(read(() => config.instanceType, "clusterConfig.instanceType")));
    const count = num(read(() => config.instanceCount, "clusterConfig.instanceCount")) ?? 1;
    let hourly = hourlyRate(OPENSEARCH_HOURLY, instanceType, "instance type") * count;
    const parts = [`${count} × ${instanceType}`];
    if (read(() => config.dedicatedMasterEnabled, "clusterConfig.dedicatedMasterEnabled") === true) {
        const masterType = normalise(str(read(() => config.dedicatedMasterType, "clusterConfig.dedicatedMasterType")));
        const masters = num(read(() => config.dedicatedMasterCount, "clusterConfig.dedicatedMasterCount")) ?? 3;
        hourly += hourlyRate(OPENSEARCH_HOURLY, masterType, "dedicated master type") * masters;
        parts.push(`${masters} × ${masterType} (masters)`);
    }
    if (read(() => config.warmEnabled, "clusterConfig.warmEnabled") === true) throw new Unpriced("UltraWarm nodes are not in the price table");
    return { monthlyUsd: hourly * HOURS_PER_MONTH, basis: `${parts.join(" + ")} × ${HOURS_PER_MONTH} h (EBS storage not included)` };
};

const PRICERS: Readonly<Record<string, Pricer>> = {
    "aws:ec2/instance:Instance": (props, read) => {
        const tenancy = str(read(() => props.tenancy, "tenancy"));
        if (tenancy === "dedicated" || tenancy === "host") throw new Unpriced("dedicated tenancy is not in the price table");
        if (str(read(() => recordOf(props.instanceMarketOptions).marketType, "instanceMarketOptions.marketType")) === "spot") {
            throw new Unpriced("spot prices vary and are not estimated");
        }
        return ec2Hours(str(read(() => props.instanceType, "instanceType")), 1);
    },
    "aws:ebs/volume:Volume": (props, read) => {
        // CreateVolume's default type is gp2.
        const type = str(read(() => props.type, "type")) ?? "gp2";
        const size = num(read(() => props.size, "size"));
        if (size === undefined) throw new Unpriced("size is not set (a volume from a snapshot takes the snapshot's size)");
        return ebsMonthly(type, size, num(read(() => props.iops, "iops")), num(read(() => props.throughput, "throughput")));
    },
    "aws:eks/nodeGroup:NodeGroup": (props, read) => {
        if (str(read(() => props.capacityType, "capacityType")) === "SPOT") throw new Unpriced("spot prices vary and are not estimated");
        const desired = num(read(() => recordOf(props.scalingConfig).desiredSize, "scalingConfig.desiredSize"));
        if (desired === undefined) throw new Unpriced("scalingConfig.desiredSize is not set");
        const types = read(() => props.instanceTypes, "instanceTypes");
        let instanceType: string | undefined;
        if (Array.isArray(types) && types.length > 0) instanceType = str(read(() => types[0], "instanceTypes[0]"));
        else if (read(() => props.launchTemplate, "launchTemplate") === undefined) instanceType = "t3.medium"; // EKS's default
        else throw new Unpriced("the instance type comes from the launch template");
        return ec2Hours(instanceType, desired, " nodes");
    },
    "aws:autoscaling/group:Group": () => {
        throw new Unpriced("instances launched by Auto Scaling groups are not estimated (their type lives in the launch template)");
    },
    "aws:eks/cluster:Cluster": flat(HOURLY.eksCluster, "EKS cluster (standard support)"),
    "aws:ec2/natGateway:NatGateway": flat(HOURLY.natGateway, "NAT gateway"),
    "aws:ec2/eip:Eip": flat(HOURLY.publicIpv4, "public IPv4 address"),
    "aws:lb/loadBalancer:LoadBalancer": loadBalancer,
    "aws:alb/loadBalancer:LoadBalancer": loadBalancer,
    "aws:elb/loadBalancer:LoadBalancer": flat(HOURLY.classicLoadBalancer, "classic load balancer"),
    "aws:rds/instance:Instance": (props, read) => {
        const engine = str(read(() => props.engine, "engine"));
        if (engine === undefined && read(() => props.replicateSourceDb, "replicateSourceDb") === undefined) throw new Unpriced("no engine set");
        if (engine !== undefined && !RDS_PRICED_ENGINES.has(engine)) throw new Unpriced(`engine ${/^[a-z0-9-]{1,30}$/.test(engine) ? engine : "(unrecognised)"} is not in the price table`);
        const instanceClass = str(read(() => props.instanceClass, "instanceClass"));
        const rate = hourlyRate(RDS_HOURLY, instanceClass, "instance class");
        const multiAz = read(() => props.multiAz, "multiAz") === true;
        const copies = multiAz ? 2 : 1;
        let monthly = rate * HOURS_PER_MONTH * copies;
        const parts = [`${instanceClass}${multiAz ? " Multi-AZ (×2)" : ""}: ${money(rate)}/h × ${HOURS_PER_MONTH} h`];
        const storage = num(read(() => props.allocatedStorage, "allocatedStorage"));
        const storageType = str(read(() => props.storageType, "storageType"));
        if (storage !== undefined && (storageType === undefined || storageType === "gp2" || storageType === "gp3")) {
            monthly += storage * RDS_STORAGE_GB_MONTH * copies;
            parts.push(`${storage} GB ${storageType ?? "gp2"} storage`);
        } else if (storage !== undefined) {
            parts.push(`${/^[a-z0-9-]{1,20}$/.test(storageType ?? "") ? storageType : "other"} storage not priced`);
        }
        return { monthlyUsd: monthly, basis: parts.join(" + ") };
    },
    "aws:rds/clusterInstance:ClusterInstance": () => {
        throw new Unpriced("Aurora instance classes are not in the price table");
    },
    "aws:elasticache/cluster:Cluster": (props, read) => {
        const engine = str(read(() => props.engine, "engine"));
        if (engine !== undefined && !ELASTICACHE_PRICED_ENGINES.has(engine)) throw new Unpriced("only Redis OSS and Memcached node rates are in the price table");
        const nodeType = str(read(() => props.nodeType, "nodeType"));
        // A cluster that joins a replication group is priced with the group.
        if (nodeType === undefined && read(() => props.replicationGroupId, "replicationGroupId") !== undefined) throw new Unpriced("priced with its replication group");
        const nodes = num(read(() => props.numCacheNodes, "numCacheNodes")) ?? 1;
        const rate = hourlyRate(ELASTICACHE_HOURLY, nodeType, "node type");
        return { monthlyUsd: rate * HOURS_PER_MONTH * nodes, basis: `${nodes} × ${nodeType}: ${money(rate)}/h × ${HOURS_PER_MONTH} h` };
    },
    "aws:elasticache/replicationGroup:ReplicationGroup": (props, read) => {
        const engine = str(read(() => props.engine, "engine"));
        if (engine !== undefined && !ELASTICACHE_PRICED_ENGINES.has(engine)) throw new Unpriced("only Redis OSS and Memcached node rates are in the price table");
        const nodeType = str(read(() => props.nodeType, "nodeType"));
        const rate = hourlyRate(ELASTICACHE_HOURLY, nodeType, "node type");
        const cacheClusters = num(read(() => props.numCacheClusters, "numCacheClusters"));
        const shards = num(read(() => props.numNodeGroups, "numNodeGroups"));
        const replicas = num(read(() => props.replicasPerNodeGroup, "replicasPerNodeGroup"));
        const nodes = cacheClusters ?? (shards !== undefined || replicas !== undefined ? (shards ?? 1) * ((replicas ?? 0) + 1) : 1);
        return { monthlyUsd: rate * HOURS_PER_MONTH * nodes, basis: `${nodes} × ${nodeType}: ${money(rate)}/h × ${HOURS_PER_MONTH} h` };
    },
    "aws:opensearch/domain:Domain": opensearchDomain,
    "aws:elasticsearch/domain:Domain": opensearchDomain,
    "aws:dynamodb/table:Table": (props, read) => {
        // On-demand tables bill by request: nothing to estimate from the program.
        const mode = str(read(() => props.billingMode, "billingMode")) ?? "PROVISIONED";
        if (mode !== "PROVISIONED") throw new Skip();
        let rcu = num(read(() => props.readCapacity, "readCapacity")) ?? 0;
        let wcu = num(read(() => props.writeCapacity, "writeCapacity")) ?? 0;
        listOf(read(() => props.globalSecondaryIndexes, "globalSecondaryIndexes")).forEach((index, i) => {
            const gsi = recordOf(index);
            rcu += num(read(() => gsi.readCapacity, `globalSecondaryIndexes[${i}].readCapacity`)) ?? 0;
            wcu += num(read(() => gsi.writeCapacity, `globalSecondaryIndexes[${i}].writeCapacity`)) ?? 0;
        });
        const monthly = (rcu * HOURLY.dynamodbRcu + wcu * HOURLY.dynamodbWcu) * HOURS_PER_MONTH;
        return { monthlyUsd: monthly, basis: `${rcu} RCU × ${money(HOURLY.dynamodbRcu)}/h + ${wcu} WCU × ${money(HOURLY.dynamodbWcu)}/h, × ${HOURS_PER_MONTH} h (storage not included)` };
    },
};

/** Thrown inside a pricer when the resource, as configured, has nothing to estimate. */
class Skip {}

/** True when the estimator knows the type (it prices it, or lists it as unpriced). */
export function isBillableType(type: string): boolean {
    return Object.prototype.hasOwnProperty.call(PRICERS, type);
}

/**
 * The estimated monthly on-demand cost of the given resources (us-east-1 list prices). Pure:
 * same input, same output. Types the table does not know as billable are ignored.
 */
export function estimateMonthlyCost(resources: ReadonlyArray<PricedResourceInput>, options: EstimateOptions = {}): CostEstimate {
    const read = readerFor(options);
    const items: PricedItem[] = [];
    const unpriced: UnpricedItem[] = [];
    for (const resource of resources) {
        const pricer = Object.prototype.hasOwnProperty.call(PRICERS, resource.type) ? PRICERS[resource.type] : undefined;
        if (!pricer) continue;
        const { urn, type, name } = resource;
        try {
            const props = read(() => resource.props, "props");
            const priced = pricer(isRecord(props) ? props : {}, read);
            items.push({ urn, type, name, monthlyUsd: round(priced.monthlyUsd), basis: priced.basis });
        } catch (e) {
            if (e instanceof Skip) continue;
            if (!(e instanceof Unpriced)) throw e;
            unpriced.push(e.unknownDuringPreview ? { urn, type, name, reason: e.reason, unknownDuringPreview: true } : { urn, type, name, reason: e.reason });
        }
    }
    const totalUsd = round(items.reduce((sum, item) => sum + item.monthlyUsd, 0));
    return { totalUsd, items, unpriced };
}
