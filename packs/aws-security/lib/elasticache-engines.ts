/** Facts about ElastiCache engines and node clusters shared by the ElastiCache rules. */
import { known } from "../../../src";

export const CACHE_CLUSTER = "aws:elasticache/cluster:Cluster";
export const REPLICATION_GROUP = "aws:elasticache/replicationGroup:ReplicationGroup";

/** How a message names the resource. */
export function cacheKind(type: string): string {
    return type === CACHE_CLUSTER ? "ElastiCache cluster" : "Replication group";
}

/** True for the Redis OSS and Valkey engines (names compared without case), which have backups, AUTH and minor version upgrades. */
export function isRedisFamily(engine: unknown): boolean {
    if (typeof engine !== "string") return false;
    const name = engine.trim().toLowerCase();
    return name === "redis" || name === "valkey";
}

/**
 * True when an aws.elasticache.Cluster joins a replication group (as a read replica): it takes
 * its engine, backup and security settings from the group, which is judged instead. An unknown
 * ID (preview) still means one is being set.
 */
export function joinsReplicationGroup(props: { replicationGroupId?: unknown }): boolean {
    const id = known(() => props.replicationGroupId);
    return !id.known || (typeof id.value === "string" && id.value.trim() !== "");
}
