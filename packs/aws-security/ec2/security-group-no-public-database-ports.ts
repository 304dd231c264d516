import { defineRule } from "../../../src";
import { INGRESS_TYPES, ingressEntries, reachedPorts, worldSources } from "../../shared/ingress";
import { DEFAULT_DATABASE_PORTS, describeDatabasePorts, ingressSubject, ingressVia } from "../lib/ingress-messages";
import type {} from "../../../src/types/aws/ec2";
import type {} from "../../../src/types/aws/vpc";

export default defineRule({
    id: "ec2-security-group-no-public-database-ports",
    title: "No database ports open to the internet",
    description:
        "Databases and caches reachable from 0.0.0.0/0 or ::/0 are found by scanners within hours and attacked with leaked or default credentials and known exploits. Data stores belong behind private networks, reachable only from the application tier. An entry allowing all traffic is reported here too (as by ec2-security-group-no-public-all-ports), so that each rule stands on its own.",
    severity: "high",
    service: "ec2",
    frameworks: {
        "aws-fsbp": ["EC2.19"],
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    },
    tags: ["network", "exposure", "data"],
    remediation:
        "Allow the database port only from the application's security group (sourceSecurityGroupId / referencedSecurityGroupId) or a private CIDR, and reach it from outside through a VPN, a bastion or SSM port forwarding.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            ports: {
                type: "array",
                items: { type: "integer", minimum: 0, maximum: 65535 },
                description: "Database and data-store ports that must not be reachable from the whole internet.",
            },
        },
    },
    configDefaults: { ports: [...DEFAULT_DATABASE_PORTS] as number[] },
    messages: {
        publicDatabasePorts: "{{subject}} lets anyone on the internet reach {{ports}}{{via}} ({{cidr}}).",
    },
    examples: {
        violating: [
            {
                description: "PostgreSQL open to the internet",
                resources: [
                    {
                        type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
                        name: "postgres",
                        props: {
                            securityGroupId: "sg-0a1b2c3d4e5f67890",
                            ipProtocol: "tcp",
                            fromPort: 5432,
                            toPort: 5432,
                            cidrIpv4: "0.0.0.0/0",
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "PostgreSQL from the application's security group only",
                resources: [
                    {
                        type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
                        name: "postgres",
                        props: {
                            securityGroupId: "sg-0a1b2c3d4e5f67890",
                            ipProtocol: "tcp",
                            fromPort: 5432,
                            toPort: 5432,
                            referencedSecurityGroupId: "sg-0a1b2c3d4e5f60aaa",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...INGRESS_TYPES],
    validate(props, ctx) {
        for (const entry of ingressEntries(ctx.type, props)) {
            const world = worldSources(entry)[0];
            if (!world) continue;
            const reached = reachedPorts(entry, ctx.config.ports);
            if (reached.length === 0) continue;
            ctx.report({
                messageId: "publicDatabasePorts",
                data: { subject: ingressSubject(ctx.type, ctx.name), ports: describeDatabasePorts(reached), via: ingressVia(entry), cidr: world.value },
                propertyPath: world.propertyPath,
            });
        }
    },
});
