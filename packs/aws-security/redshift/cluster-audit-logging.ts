import { defineRule, known, listOf, recordOf, type StackResource } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/redshift";

const CLUSTER = "aws:redshift/cluster:Cluster";
const LOGGING = "aws:redshift/logging:Logging";

function isSet(value: unknown): boolean {
    return typeof value === "string" && value.trim() !== "";
}

/** True when the Logging resource names a destination that receives logs; reading an unknown throws. */
function deliversLogs(logging: StackResource): boolean {
    const props = recordOf(logging.props);
    const destination = props.logDestinationType;
    if (typeof destination === "string" && destination.toLowerCase() === "cloudwatch") return listOf(props.logExports).some(isSet);
    // S3 is the default destination, and needs a bucket.
    return isSet(props.bucketName);
}

/** Every Redshift cluster has audit logging: an aws.redshift.Logging that delivers to S3 or CloudWatch. */
export default defineRule({
    id: "redshift-cluster-audit-logging",
    title: "Redshift clusters have audit logging on",
    description:
        "Audit logs record who connected to the warehouse, from where, and (with user activity logging) what they ran. Without them, a leaked credential or an insider's bulk export leaves no trace to investigate. In AWS provider v7, logging is a separate aws.redshift.Logging resource; a cluster without one has audit logging off.",
    severity: "medium",
    service: "redshift",
    frameworks: {
        "aws-fsbp": ["Redshift.4"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging"],
    remediation:
        'Add an aws.redshift.Logging for the cluster: `{ clusterIdentifier: cluster.clusterIdentifier, logDestinationType: "cloudwatch", logExports: ["connectionlog", "userlog", "useractivitylog"] }` (or `logDestinationType: "s3"` with `bucketName`), and set `enable_user_activity_logging` to "true" in the cluster\'s parameter group.',
    defaultLevel: "advisory",
    messages: {
        missing: "Redshift cluster `{{name}}` has no audit logging (no aws.redshift.Logging names it).",
        noDestination: "Redshift logging `{{name}}` of cluster `{{cluster}}` delivers nowhere: it needs bucketName for S3, or logExports for CloudWatch.",
    },
    examples: {
        violating: [
            {
                description: "a cluster without audit logging",
                resources: [
                    {
                        type: CLUSTER,
                        name: "warehouse",
                        props: { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", clusterType: "single-node", masterUsername: "warehouse_admin", manageMasterPassword: true },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a cluster that sends its audit logs to CloudWatch",
                resources: [
                    {
                        type: CLUSTER,
                        name: "warehouse",
                        props: { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", clusterType: "single-node", masterUsername: "warehouse_admin", manageMasterPassword: true },
                    },
                    {
                        type: LOGGING,
                        name: "warehouse-logging",
                        props: { clusterIdentifier: "warehouse", logDestinationType: "cloudwatch", logExports: ["connectionlog", "userlog", "useractivitylog"] },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, { parentTypes: [CLUSTER], parentKeys: ["clusterIdentifier", "id"], childTypes: [LOGGING], childKey: "clusterIdentifier" });
        for (const cluster of join.parents) {
            const loggings = join.childrenOf(cluster.urn);
            if (loggings.length === 0) {
                // A Logging whose cluster cannot be told yet (unknown identifier, no dependency) may be this one's.
                if (!join.hasUnknownReferences) ctx.report({ urn: cluster.urn, messageId: "missing", data: { name: cluster.name } });
                continue;
            }
            // One unknown setting (preview) leaves this cluster undecided, not the whole stack.
            const verdicts = loggings.map((logging) => known(() => deliversLogs(logging)));
            if (verdicts.some((v) => v.known && v.value)) continue;
            if (verdicts.some((v) => !v.known)) continue;
            for (const logging of loggings) {
                const destination = peekDestination(logging);
                ctx.report({ urn: logging.urn, messageId: "noDestination", data: { name: logging.name, cluster: cluster.name }, propertyPath: destination === "cloudwatch" ? "logExports" : "bucketName" });
            }
        }
    },
});

/** The (already read) destination type, lower-cased. */
function peekDestination(logging: StackResource): string | undefined {
    const destination = recordOf(logging.props).logDestinationType;
    return typeof destination === "string" ? destination.toLowerCase() : undefined;
}
