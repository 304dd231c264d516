import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/aws/dms";

export default requireSetting({
    id: "dms-replication-instance-not-public",
    title: "DMS replication instances are not publicly accessible",
    description:
        "A public replication instance gets a public IP address while it holds connections to both the source and the target database, with their credentials, and streams their data. AWS makes a replication instance public unless it is told otherwise, so leaving the setting out exposes it.",
    severity: "critical",
    service: "dms",
    frameworks: {
        "aws-fsbp": ["DMS.1"],
        "nist-800-53-r5": ["AC-4", "SC-7"],
        "pci-dss-4.0": ["1.4.4"],
    },
    tags: ["exposure", "network", "data"],
    remediation: "Set `publiclyAccessible: false` and give the instance a replication subnet group of private subnets; reach on-premises databases through a VPN or Direct Connect.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a replication instance left at AWS's default (public)",
                resources: [
                    {
                        type: "aws:dms/replicationInstance:ReplicationInstance",
                        name: "migration",
                        props: { replicationInstanceId: "orders-migration", replicationInstanceClass: "dms.t3.medium" },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a private replication instance",
                resources: [
                    {
                        type: "aws:dms/replicationInstance:ReplicationInstance",
                        name: "migration",
                        props: {
                            replicationInstanceId: "orders-migration",
                            replicationInstanceClass: "dms.t3.medium",
                            replicationSubnetGroupId: "private-subnets",
                            publiclyAccessible: false,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:dms/replicationInstance:ReplicationInstance",
    path: ["publiclyAccessible"],
    expected: false,
    message: (ctx, value) =>
        `Replication instance \`${ctx.name}\` is publicly accessible: publiclyAccessible is ${value === true ? "true" : "not set, and AWS defaults it to true"}.`,
});
