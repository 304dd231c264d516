import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/redshift";

export default defineRule({
    id: "redshift-cluster-automatic-snapshots",
    title: "Redshift clusters keep automatic snapshots long enough",
    description:
        "Automatic snapshots are what a cluster is restored from after a bad load, a dropped table or a deleted cluster. The provider keeps them for one day unless told otherwise, which is often gone before the damage is noticed; 0 turns them off entirely.",
    severity: "medium",
    service: "redshift",
    frameworks: {
        "aws-fsbp": ["Redshift.3"],
        "nist-800-53-r5": ["CP-9", "CP-10"],
    },
    tags: ["backup", "resilience"],
    remediation: "Set `automatedSnapshotRetentionPeriod` to at least the configured minimum (7 days by default, up to 35), e.g. `automatedSnapshotRetentionPeriod: 7`.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumDays: { type: "integer", minimum: 1, maximum: 35, description: "Fewest days of automatic snapshots accepted." },
        },
    },
    configDefaults: { minimumDays: 7 },
    messages: {
        unset: "Redshift cluster `{{name}}` keeps automatic snapshots for 1 day (automatedSnapshotRetentionPeriod is not set), fewer than the required {{minimum}}.",
        off: "Redshift cluster `{{name}}` turns automatic snapshots off (automatedSnapshotRetentionPeriod: 0).",
        tooShort: "Redshift cluster `{{name}}` keeps automatic snapshots for {{days}} days, fewer than the required {{minimum}}.",
    },
    examples: {
        violating: [
            {
                description: "one day of automatic snapshots (the default)",
                resources: [
                    {
                        type: "aws:redshift/cluster:Cluster",
                        name: "warehouse",
                        props: { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", clusterType: "single-node", masterUsername: "warehouse_admin", manageMasterPassword: true },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a week of automatic snapshots",
                resources: [
                    {
                        type: "aws:redshift/cluster:Cluster",
                        name: "warehouse",
                        props: {
                            clusterIdentifier: "warehouse",
                            nodeType: "ra3.xlplus",
                            clusterType: "single-node",
                            masterUsername: "warehouse_admin",
                            manageMasterPassword: true,
                            automatedSnapshotRetentionPeriod: 7,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:redshift/cluster:Cluster",
    validate(props, ctx) {
        const minimum = ctx.config.minimumDays;
        const days = props.automatedSnapshotRetentionPeriod;
        if (typeof days === "number" && days >= minimum) return;
        if (days === undefined || days === null) {
            if (minimum <= 1) return; // the provider's default is 1 day
            ctx.report({ messageId: "unset", data: { name: ctx.name, minimum }, propertyPath: "automatedSnapshotRetentionPeriod" });
        } else if (days === 0) {
            ctx.report({ messageId: "off", data: { name: ctx.name }, propertyPath: "automatedSnapshotRetentionPeriod" });
        } else {
            ctx.report({ messageId: "tooShort", data: { name: ctx.name, days: typeof days === "number" ? days : "an invalid number of", minimum }, propertyPath: "automatedSnapshotRetentionPeriod" });
        }
    },
});
