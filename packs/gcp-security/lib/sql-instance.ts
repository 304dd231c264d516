/** What a Cloud SQL instance is: its engine (from `databaseVersion`) and whether it is a read replica. */
import { recordOf } from "../../../src";

/** The props of a gcp.sql.DatabaseInstance these helpers read (the SDK's props fit it). */
export interface SqlInstanceProps {
    readonly databaseVersion?: unknown;
    readonly instanceType?: unknown;
    readonly masterInstanceName?: unknown;
    readonly settings?: unknown;
}

/** The database engines Cloud SQL runs. */
export type SqlEngine = "mysql" | "postgres" | "sqlserver";

/** How each engine is named in messages. */
export const ENGINE_NAMES: Readonly<Record<SqlEngine, string>> = { mysql: "MySQL", postgres: "PostgreSQL", sqlserver: "SQL Server" };

/**
 * The engine `databaseVersion` names (`MYSQL_8_0`, `POSTGRES_16`, `SQLSERVER_2022_STANDARD`),
 * or undefined when it names none (absent or a wrong type). The API spells versions in upper case.
 */
export function engineOf(props: SqlInstanceProps): SqlEngine | undefined {
    const version = props.databaseVersion;
    if (typeof version !== "string") return undefined;
    const upper = version.toUpperCase();
    if (upper.startsWith("MYSQL_")) return "mysql";
    if (upper.startsWith("POSTGRES_")) return "postgres";
    if (upper.startsWith("SQLSERVER_")) return "sqlserver";
    return undefined;
}

/**
 * True for a read replica: `instanceType` READ_REPLICA_INSTANCE, or a `masterInstanceName`
 * without an explicit other type (the provider infers the replica type from it).
 */
export function isReadReplica(props: SqlInstanceProps): boolean {
    const type = props.instanceType;
    if (typeof type === "string") return type.toUpperCase() === "READ_REPLICA_INSTANCE";
    return typeof props.masterInstanceName === "string" && props.masterInstanceName !== "";
}

/** The instance's `settings.ipConfiguration`, as a record (empty when absent). */
export function ipConfigurationOf(props: SqlInstanceProps): Record<string, unknown> {
    return recordOf(recordOf(props.settings).ipConfiguration);
}
