import { defineRule } from "../../../src";
import { INGRESS_TYPES, ingressEntries, reachedPorts, worldSources } from "../../shared/ingress";
import { describePorts, ingressSubject, ingressVia } from "../lib/ingress-messages";
import type {} from "../../../src/types/aws/ec2";
import type {} from "../../../src/types/aws/vpc";

const WHY = "Exposed SSH and RDP are scanned and brute-forced within minutes of going live.";

/**
 * An all-traffic entry (protocol -1) is reported here too, not only by
 * ec2-security-group-no-public-all-ports: each rule has its own level and exemptions, so
 * staying silent here would let an exemption of the all-ports rule hide exposed SSH, and peer
 * checks (AWS Config restricted-ssh, checkov, Prowler) report it under the SSH control as well.
 * Within this rule one entry is one violation, naming every port it reaches.
 */

export default defineRule({
    id: "ec2-security-group-no-public-ssh-rdp",
    title: "No SSH or RDP open to the internet",
    description: `Security groups must not let the whole internet (0.0.0.0/0 or ::/0, or a range as broad as 0.0.0.0/1) reach remote administration ports over TCP or UDP, whether by a port range or by allowing all traffic. ${WHY}`,
    severity: "critical",
    service: "ec2",
    frameworks: {
        "cis-aws-3.0": ["5.2", "5.3"],
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
        "pci-dss-4.0": ["1.3.1"],
    },
    tags: ["network", "exposure"],
    remediation:
        "Limit the source to your VPN or office range (cidrBlocks / cidrIpv4), or remove the rule and reach instances through SSM Session Manager.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            ports: { type: "array", items: { type: "integer", minimum: 0, maximum: 65535 }, description: "Administration ports that must not be public." },
        },
    },
    configDefaults: { ports: [22, 3389] as number[] },
    messages: {
        publicPorts: "{{subject}} lets anyone on the internet reach {{ports}}{{via}} ({{cidr}}).",
    },
    examples: {
        violating: [
            {
                description: "SSH open to the internet",
                resources: [{ type: "aws:ec2/securityGroup:SecurityGroup", name: "web", props: { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] } }],
            },
        ],
        compliant: [
            {
                description: "SSH from the VPN range only",
                resources: [{ type: "aws:ec2/securityGroup:SecurityGroup", name: "web", props: { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.8.0.0/16"] }] } }],
            },
        ],
    },
    resourceType: [...INGRESS_TYPES],
    validate(props, ctx) {
        const ports = ctx.config.ports;
        for (const entry of ingressEntries(ctx.type, props)) {
            const world = worldSources(entry)[0];
            if (!world) continue;
            const reached = reachedPorts(entry, ports);
            if (reached.length === 0) continue;
            ctx.report({
                messageId: "publicPorts",
                data: { subject: ingressSubject(ctx.type, ctx.name), ports: describePorts(reached), via: ingressVia(entry), cidr: world.value },
                propertyPath: world.propertyPath,
            });
        }
    },
});
