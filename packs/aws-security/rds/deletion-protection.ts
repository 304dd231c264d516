import { requireSetting } from "../../shared/flag-rule";
import { RDS_CLUSTER, RDS_INSTANCE, rdsKind } from "../lib/rds-common";

export default requireSetting({
    id: "rds-deletion-protection",
    title: "RDS and Aurora databases have deletion protection",
    description:
        "Without deletion protection, one mistaken `pulumi destroy`, a resource rename that forces replacement, or a stolen credential can delete the database in a single call. Protection makes deletion a deliberate two-step change.",
    severity: "medium",
    service: "rds",
    frameworks: {
        "aws-fsbp": ["RDS.7", "RDS.8"],
        "nist-800-53-r5": ["CM-3", "SC-5"],
    },
    tags: ["resilience", "data"],
    remediation: "Set `deletionProtection: true`; when the database really must go, set it to false in a separate update first.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an Aurora cluster without deletion protection",
                resources: [
                    {
                        type: "aws:rds/cluster:Cluster",
                        name: "orders",
                        props: {
                            clusterIdentifier: "orders",
                            engine: "aurora-postgresql",
                            engineVersion: "16.4",
                            masterUsername: "orders_admin",
                            manageMasterUserPassword: true,
                            storageEncrypted: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an Aurora cluster with deletion protection",
                resources: [
                    {
                        type: "aws:rds/cluster:Cluster",
                        name: "orders",
                        props: {
                            clusterIdentifier: "orders",
                            engine: "aurora-postgresql",
                            engineVersion: "16.4",
                            masterUsername: "orders_admin",
                            manageMasterUserPassword: true,
                            storageEncrypted: true,
                            deletionProtection: true,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER],
    path: ["deletionProtection"],
    expected: true,
    message: (ctx, value) =>
        `${rdsKind(ctx.type)} \`${ctx.name}\` can be deleted in one step: deletionProtection is ${value === false ? "false" : "not set, and defaults to false"}.`,
});
