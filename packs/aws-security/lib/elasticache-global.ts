/** Facts about ElastiCache replication groups shared by the ElastiCache rules. */
import { known } from "../../../src";

/**
 * True when the replication group joins a global datastore as a secondary: its encryption
 * settings are inherited from the global datastore's primary group, which is judged instead.
 * An unknown ID (preview) still means one is being set.
 */
export function isGlobalSecondary(props: { globalReplicationGroupId?: unknown }): boolean {
    const id = known(() => props.globalReplicationGroupId);
    return !id.known || (typeof id.value === "string" && id.value.trim() !== "");
}
