import { defineRule, known, type RuleContext, type StackResource } from "../../../src";
import { joinSatellites } from "../../shared/join";
import { isServerlessV1, isSet, RDS_CLUSTER, RDS_CLUSTER_INSTANCE, RDS_INSTANCE } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

/** Engines that cannot run Multi-AZ: SQL Server Express edition. */
const NO_MULTI_AZ_ENGINES: ReadonlySet<string> = new Set(["sqlserver-ex"]);

const UNREADABLE = Symbol("unreadable");

/** The value read, or UNREADABLE when it is unknown or secret (noted: a silent run is then "could not judge"). */
function read<T>(value: () => T): T | typeof UNREADABLE {
    const result = known(value);
    return result.known ? result.value : UNREADABLE;
}

/**
 * RDS.5 and RDS.15. A DB instance needs `multiAz: true` (the provider and AWS default to false).
 * A Multi-AZ DB cluster (`dbClusterInstanceClass` set) always runs three instances in three
 * Availability Zones. An Aurora cluster replicates its storage across three zones by itself,
 * but its compute is its aws.rds.ClusterInstance resources: it can fail over to another zone
 * only with at least two instances, not all pinned to the same `availabilityZone`. Those are
 * separate resources, so this is a stack rule joining instances to clusters by
 * `clusterIdentifier` (or its property dependency). A cluster with no instance in the stack (they
 * may be declared in another one) is judged only on `availabilityZones`: listing a single zone
 * is reported, leaving it unset (RDS picks three) is not.
 */
export default defineRule({
    id: "rds-multi-az",
    title: "RDS databases and Aurora clusters span more than one Availability Zone",
    description:
        "A database in a single Availability Zone goes down with that zone, and every maintenance reboot or instance failure is an outage that lasts until a new instance is up. Multi-AZ keeps a standby (or, for Aurora, a replica) in another zone that takes over in a minute or two. SQL Server Express, which cannot run Multi-AZ, and Aurora Serverless v1 clusters are not judged.",
    severity: "medium",
    service: "rds",
    frameworks: {
        "aws-fsbp": ["RDS.5", "RDS.15"],
        "nist-800-53-r5": ["CP-10", "SC-5"],
    },
    tags: ["resilience"],
    remediation:
        "Set `multiAz: true` on each aws.rds.Instance. For an Aurora cluster, add a second aws.rds.ClusterInstance (a reader) with the same `clusterIdentifier`, and leave `availabilityZone` unset or pin the instances to different zones. Multi-AZ roughly doubles the instance cost, so non-production environments may keep this rule advisory.",
    defaultLevel: "advisory",
    messages: {
        instanceSingleAz: "DB instance `{{name}}` runs in a single Availability Zone: multiAz is {{state}}.",
        clusterOneInstance:
            "DB cluster `{{name}}` has one instance (`{{instance}}`), so there is no replica in another Availability Zone to fail over to.",
        clusterOneListedZone:
            "DB cluster `{{name}}` allows its instances only one Availability Zone (availabilityZones), and no instance of it in this stack says otherwise.",
        clusterOneZone: "DB cluster `{{name}}` pins all {{count}} of its instances to the same Availability Zone (availabilityZone), so it cannot fail over to another zone.",
    },
    examples: {
        violating: [
            {
                description: "a single-AZ database",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: {
                            identifier: "orders-db",
                            engine: "postgres",
                            engineVersion: "16.4",
                            instanceClass: "db.m6g.large",
                            allocatedStorage: 100,
                            username: "orders_admin",
                            manageMasterUserPassword: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a Multi-AZ database",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: {
                            identifier: "orders-db",
                            engine: "postgres",
                            engineVersion: "16.4",
                            instanceClass: "db.m6g.large",
                            allocatedStorage: 100,
                            username: "orders_admin",
                            manageMasterUserPassword: true,
                            multiAz: true,
                        },
                    },
                ],
            },
            {
                description: "an Aurora cluster with a writer and a reader",
                resources: [
                    { type: "aws:rds/cluster:Cluster", name: "orders", props: { clusterIdentifier: "orders", engine: "aurora-postgresql", masterUsername: "orders_admin", manageMasterUserPassword: true } },
                    { type: "aws:rds/clusterInstance:ClusterInstance", name: "orders-1", props: { clusterIdentifier: "orders", engine: "aurora-postgresql", instanceClass: "db.r6g.large" } },
                    { type: "aws:rds/clusterInstance:ClusterInstance", name: "orders-2", props: { clusterIdentifier: "orders", engine: "aurora-postgresql", instanceClass: "db.r6g.large" } },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        for (const instance of stack.ofType(RDS_INSTANCE)) {
            const multiAz = read(() => instance.props.multiAz);
            if (multiAz === true || multiAz === UNREADABLE) continue;
            const engine = read(() => instance.props.engine);
            if (engine === UNREADABLE) continue;
            if (typeof engine === "string" && NO_MULTI_AZ_ENGINES.has(engine.trim().toLowerCase())) continue;
            // Aurora instances belong to a cluster (aws.rds.ClusterInstance); judged there.
            if (typeof engine === "string" && engine.trim().toLowerCase().startsWith("aurora")) continue;
            ctx.report({
                urn: instance.urn,
                messageId: "instanceSingleAz",
                data: { name: instance.name, state: multiAz === false ? "false" : "not set, and defaults to false" },
                propertyPath: "multiAz",
            });
        }

        const join = joinSatellites(stack, {
            parentTypes: [RDS_CLUSTER],
            parentKeys: ["clusterIdentifier", "id"],
            childTypes: [RDS_CLUSTER_INSTANCE],
            childKey: "clusterIdentifier",
        });
        for (const cluster of join.parents) {
            const instanceClass = read(() => cluster.props.dbClusterInstanceClass);
            if (instanceClass === UNREADABLE || isSet(instanceClass)) continue; // Multi-AZ DB cluster: three zones by design
            const engineMode = read(() => cluster.props.engineMode);
            if (engineMode === UNREADABLE || isServerlessV1(engineMode)) continue;
            judgeAuroraCluster(cluster, join.childrenOf(cluster.urn), join.hasUnknownReferences, ctx);
        }
    },
});

function judgeAuroraCluster(cluster: StackResource, instances: readonly StackResource[], someInstanceUnjoined: boolean, ctx: RuleContext): void {
    // An instance whose cluster cannot be told yet (preview) may be this cluster's, in another zone.
    if (someInstanceUnjoined) return;
    if (instances.length === 0) {
        // No instance here (they may live in another stack): only the zones the cluster allows tell.
        const zones = read(() => cluster.props.availabilityZones);
        if (zones === UNREADABLE || !Array.isArray(zones) || zones.length === 0) return; // unset: RDS picks three zones
        const named = new Set<string>();
        for (let index = 0; index < zones.length; index++) {
            const zone = read(() => (zones as unknown[])[index]);
            if (zone === UNREADABLE) return;
            if (typeof zone === "string" && zone.trim() !== "") named.add(zone.trim().toLowerCase());
        }
        if (named.size < 2) ctx.report({ urn: cluster.urn, messageId: "clusterOneListedZone", data: { name: cluster.name }, propertyPath: "availabilityZones" });
        return;
    }
    if (instances.length === 1) {
        ctx.report({ urn: cluster.urn, messageId: "clusterOneInstance", data: { name: cluster.name, instance: instances[0].name } });
        return;
    }
    const zones = new Set<string>();
    for (const instance of instances) {
        const zone = read(() => instance.props.availabilityZone);
        // Unpinned (RDS chooses, and spreads replicas) or unknown: the instances may span zones.
        if (zone === UNREADABLE || typeof zone !== "string" || zone.trim() === "") return;
        zones.add(zone.trim().toLowerCase());
    }
    if (zones.size === 1) ctx.report({ urn: cluster.urn, messageId: "clusterOneZone", data: { name: cluster.name, count: instances.length } });
}
