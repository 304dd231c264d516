import { defineRule } from "../../../src";
import { RDS_CLUSTER, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

export default defineRule({
    id: "rds-copy-tags-to-snapshots",
    title: "RDS and Aurora copy tags to their snapshots",
    description:
        "Snapshots hold a full copy of the data, yet without copied tags they carry no owner, environment or data classification: tag-based access policies, backup and retention rules and cost reports then miss them, and they outlive the database unnoticed.",
    severity: "low",
    service: "rds",
    frameworks: {
        "aws-fsbp": ["RDS.16", "RDS.17", "RDS.47", "RDS.48"],
    },
    tags: ["inventory", "backup"],
    remediation: "Set `copyTagsToSnapshot: true` on the aws.rds.Instance or aws.rds.Cluster (the default is false).",
    defaultLevel: "advisory",
    messages: {
        notCopied: "{{kind}} `{{name}}` does not copy its tags to snapshots: copyTagsToSnapshot is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "a cluster whose snapshots carry no tags",
                resources: [
                    {
                        type: "aws:rds/cluster:Cluster",
                        name: "orders",
                        props: { clusterIdentifier: "orders", engine: "aurora-postgresql", masterUsername: "orders_admin", manageMasterUserPassword: true, tags: { team: "orders" } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a cluster that copies its tags to snapshots",
                resources: [
                    {
                        type: "aws:rds/cluster:Cluster",
                        name: "orders",
                        props: {
                            clusterIdentifier: "orders",
                            engine: "aurora-postgresql",
                            masterUsername: "orders_admin",
                            manageMasterUserPassword: true,
                            tags: { team: "orders" },
                            copyTagsToSnapshot: true,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER],
    validate(props, ctx) {
        const copy = props.copyTagsToSnapshot;
        if (copy === true) return;
        const state = copy === false ? "false" : copy === undefined || copy === null ? "not set, and defaults to false" : "not true";
        ctx.report({ messageId: "notCopied", data: { kind: rdsKind(ctx.type), name: ctx.name, state }, propertyPath: "copyTagsToSnapshot" });
    },
    remediate(props) {
        props.copyTagsToSnapshot = true;
    },
});
