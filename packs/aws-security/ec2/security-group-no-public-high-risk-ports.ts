import { defineRule } from "../../../src";
import { INGRESS_TYPES, ingressEntries, reachedPorts, worldSources } from "../../shared/ingress";
import { DEFAULT_HIGH_RISK_PORTS, describeHighRiskPorts, ingressSubject, ingressVia } from "../lib/ingress-messages";
import type {} from "../../../src/types/aws/ec2";
import type {} from "../../../src/types/aws/vpc";

/**
 * Security Hub's EC2.19 list, split so that one open port is one finding: SSH and RDP belong to
 * ec2-security-group-no-public-ssh-rdp, database ports to ...-database-ports, the rest here.
 */
export default defineRule({
    id: "ec2-security-group-no-public-high-risk-ports",
    title: "No high-risk service ports open to the internet",
    description:
        "File transfer, mail, Telnet, Windows file sharing and RPC, VNC, Kibana and the usual development and proxy ports (FTP 20-21, Telnet 23, SMTP 25, POP3 110, RPC 135, IMAP 143, SMB 445, 3000, 4333, 5000, VNC 5500, Kibana 5601, 8080, 8088, 8888) are rarely meant for the whole internet and are among the first that scanners and worms try. Reachable from 0.0.0.0/0 or ::/0, they expose services that were seldom hardened for it. SSH, RDP and database ports, the rest of Security Hub's high-risk list, have rules of their own.",
    severity: "high",
    service: "ec2",
    frameworks: {
        "aws-fsbp": ["EC2.19"],
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    },
    tags: ["network", "exposure"],
    remediation:
        "Allow the port only from the security groups or private ranges that need it (sourceSecurityGroupId / referencedSecurityGroupId, or a private cidrBlocks / cidrIpv4), and publish web services through a load balancer on 443.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            ports: {
                type: "array",
                items: { type: "integer", minimum: 0, maximum: 65535 },
                description: "High-risk ports that must not be reachable from the whole internet (SSH, RDP and database ports are judged by their own rules).",
            },
        },
    },
    configDefaults: { ports: [...DEFAULT_HIGH_RISK_PORTS] as number[] },
    messages: {
        publicHighRiskPorts: "{{subject}} lets anyone on the internet reach {{ports}}{{via}} ({{cidr}}).",
    },
    examples: {
        violating: [
            {
                description: "SMB open to the internet",
                resources: [
                    {
                        type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
                        name: "smb",
                        props: { securityGroupId: "sg-0a1b2c3d4e5f67890", ipProtocol: "tcp", fromPort: 445, toPort: 445, cidrIpv4: "0.0.0.0/0" },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "SMB from the office range only",
                resources: [
                    {
                        type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
                        name: "smb",
                        props: { securityGroupId: "sg-0a1b2c3d4e5f67890", ipProtocol: "tcp", fromPort: 445, toPort: 445, cidrIpv4: "10.20.0.0/16" },
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
                messageId: "publicHighRiskPorts",
                data: { subject: ingressSubject(ctx.type, ctx.name), ports: describeHighRiskPorts(reached), via: ingressVia(entry), cidr: world.value },
                propertyPath: world.propertyPath,
            });
        }
    },
});
