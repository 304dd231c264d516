import { defineRule } from "../../../src";
import { RDS_CLUSTER_INSTANCE, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

export default defineRule({
    id: "rds-not-publicly-accessible",
    title: "RDS and Aurora instances are not publicly accessible",
    description:
        "A publicly accessible database gets a public IP address and a DNS name that resolves to it, so one permissive security group rule or route away it is reachable from the whole internet, where database ports are scanned constantly for weak passwords and unpatched engines.",
    severity: "critical",
    service: "rds",
    frameworks: {
        "cis-aws-3.0": ["2.3.3"],
        "aws-fsbp": ["RDS.2"],
        "nist-800-53-r5": ["AC-4", "SC-7"],
    },
    tags: ["exposure", "network"],
    remediation:
        "Set `publiclyAccessible: false` and place the database in private subnets; reach it from inside the VPC, through a VPN, AWS Client VPN or an SSM port-forwarding session. Check first that no client connects over the public endpoint.",
    defaultLevel: "mandatory",
    messages: {
        public: "{{kind}} `{{name}}` is publicly accessible: publiclyAccessible is true.",
    },
    examples: {
        violating: [
            {
                description: "a database with a public endpoint",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: {
                            identifier: "orders-db",
                            engine: "postgres",
                            engineVersion: "16.4",
                            instanceClass: "db.t4g.medium",
                            allocatedStorage: 50,
                            username: "orders_admin",
                            manageMasterUserPassword: true,
                            dbSubnetGroupName: "public",
                            publiclyAccessible: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a database reachable only inside the VPC",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: {
                            identifier: "orders-db",
                            engine: "postgres",
                            engineVersion: "16.4",
                            instanceClass: "db.t4g.medium",
                            allocatedStorage: 50,
                            username: "orders_admin",
                            manageMasterUserPassword: true,
                            dbSubnetGroupName: "private",
                            publiclyAccessible: false,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER_INSTANCE],
    validate(props, ctx) {
        if (props.publiclyAccessible !== true) return;
        ctx.report({ messageId: "public", data: { kind: rdsKind(ctx.type), name: ctx.name }, propertyPath: "publiclyAccessible" });
    },
    // No remediation: turning public access off cuts every client that connects over the internet.
});
