/** Shared knowledge about RDS and Aurora resources (provider v7 type tokens, engines). */

export const RDS_INSTANCE = "aws:rds/instance:Instance";
export const RDS_CLUSTER = "aws:rds/cluster:Cluster";
export const RDS_CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance";

const KINDS: Readonly<Record<string, string>> = {
    [RDS_INSTANCE]: "DB instance",
    [RDS_CLUSTER]: "DB cluster",
    [RDS_CLUSTER_INSTANCE]: "Cluster instance",
};

/** How a message names the resource: "DB instance", "DB cluster" or "Cluster instance". */
export function rdsKind(type: string): string {
    return KINDS[type] ?? "Database";
}

/**
 * Engines that support IAM database authentication: MySQL, MariaDB, PostgreSQL and the Aurora
 * editions of MySQL and PostgreSQL ("aurora" is the legacy Aurora MySQL 5.6 name). Oracle,
 * SQL Server, Db2 and RDS Custom engines do not support it.
 */
const IAM_AUTH_ENGINES: ReadonlySet<string> = new Set(["mysql", "mariadb", "postgres", "aurora", "aurora-mysql", "aurora-postgresql"]);

/** True when `engine` is a known engine name that supports IAM database authentication. */
export function supportsIamAuthentication(engine: unknown): boolean {
    return typeof engine === "string" && IAM_AUTH_ENGINES.has(engine.toLowerCase());
}

/** Aurora Serverless v1 (`engineMode: "serverless"`): always encrypted, no IAM authentication. */
export function isServerlessV1(engineMode: unknown): boolean {
    return typeof engineMode === "string" && engineMode.toLowerCase() === "serverless";
}

/** A non-empty string, e.g. a KMS key ARN or a replication source. */
export function isSet(value: unknown): boolean {
    return typeof value === "string" && value.trim() !== "";
}
