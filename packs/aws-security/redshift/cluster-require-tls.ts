import { defineRule, known, listOf, peek, recordOf, type StackResource } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/redshift";

const CLUSTER = "aws:redshift/cluster:Cluster";
const PARAMETER_GROUP = "aws:redshift/parameterGroup:ParameterGroup";

/** The value of `require_ssl` in a parameter group (the last entry wins, names compared without case); reading an unknown throws. */
function requireSsl(group: StackResource): unknown {
    let value: unknown;
    for (const parameter of listOf(recordOf(group.props).parameters)) {
        const entry = recordOf(parameter);
        if (typeof entry.name === "string" && entry.name.trim().toLowerCase() === "require_ssl") value = entry.value;
    }
    return value;
}

function isTrue(value: unknown): boolean {
    return value === true || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

/**
 * Redshift connections require TLS: every parameter group in the stack sets require_ssl to
 * "true", and no cluster runs on a default parameter group (where require_ssl is false).
 */
export default defineRule({
    id: "redshift-cluster-require-tls",
    title: "Redshift clusters require TLS connections",
    description:
        "Unless its parameter group sets require_ssl, a Redshift cluster accepts plain-text connections, and SQL clients that fall back to them send credentials, queries and results readable by anyone on the path. The default parameter groups (default.redshift-*) cannot be changed and have require_ssl off, so a cluster needs its own parameter group.",
    severity: "medium",
    service: "redshift",
    frameworks: {
        "aws-fsbp": ["Redshift.2"],
        "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-23"],
        "pci-dss-4.0": ["4.2.1"],
    },
    tags: ["encryption", "network"],
    remediation:
        'Create an aws.redshift.ParameterGroup with `parameters: [{ name: "require_ssl", value: "true" }]` (keep your other parameters) and set the cluster\'s `clusterParameterGroupName` to it; the change takes effect after a reboot.',
    defaultLevel: "advisory",
    messages: {
        groupAllowsPlainText: "Redshift parameter group `{{name}}` does not set require_ssl to \"true\", so clusters using it accept plain-text connections.",
        defaultGroup: "Redshift cluster `{{name}}` uses a default parameter group, whose require_ssl is off, so it accepts plain-text connections.",
    },
    examples: {
        violating: [
            {
                description: "a cluster on the default parameter group",
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
                description: "a cluster whose parameter group requires TLS",
                resources: [
                    { type: PARAMETER_GROUP, name: "warehouse-params", props: { name: "warehouse-params", family: "redshift-2.0", parameters: [{ name: "require_ssl", value: "true" }] } },
                    {
                        type: CLUSTER,
                        name: "warehouse",
                        props: {
                            clusterIdentifier: "warehouse",
                            nodeType: "ra3.xlplus",
                            clusterType: "single-node",
                            masterUsername: "warehouse_admin",
                            manageMasterPassword: true,
                            clusterParameterGroupName: "warehouse-params",
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, { parentTypes: [PARAMETER_GROUP], parentKeys: ["name", "id"], childTypes: [CLUSTER], childKey: "clusterParameterGroupName" });
        // Each parameter group is judged once, on itself, whether or not a cluster uses it.
        for (const group of join.parents) {
            const value = known(() => requireSsl(group));
            if (value.known && !isTrue(value.value)) ctx.report({ urn: group.urn, messageId: "groupAllowsPlainText", data: { name: group.name }, propertyPath: "parameters" });
        }
        // Clusters not joined to a group of the stack: absent or default.* means a default group.
        for (const cluster of join.unjoined) {
            const name = peek(() => recordOf(cluster.props).clusterParameterGroupName);
            if (!name.known) continue; // noted by the join
            const value = name.value;
            const usesDefault = value === undefined || value === null || value === "" || (typeof value === "string" && value.trim().toLowerCase().startsWith("default."));
            // A named group outside the stack cannot be judged here.
            if (usesDefault) ctx.report({ urn: cluster.urn, messageId: "defaultGroup", data: { name: cluster.name }, propertyPath: "clusterParameterGroupName" });
        }
    },
});
