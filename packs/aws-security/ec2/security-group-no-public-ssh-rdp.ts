import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { describePorts, isWorldCidr, reachedPorts } from "../lib/network";

/** One ingress rule, in the shape shared by inline ingress and `ec2.SecurityGroupRule`. */
interface IngressShape {
    readonly protocol?: unknown;
    readonly fromPort?: unknown;
    readonly toPort?: unknown;
    readonly cidrBlocks?: unknown;
    readonly ipv6CidrBlocks?: unknown;
}

function worldCidrsOf(ingress: IngressShape): { field: "cidrBlocks" | "ipv6CidrBlocks"; cidr: string } | undefined {
    for (const field of ["cidrBlocks", "ipv6CidrBlocks"] as const) {
        const list = ingress[field];
        const cidr = Array.isArray(list) ? list.find(isWorldCidr) : undefined;
        if (cidr) return { field, cidr };
    }
    return undefined;
}

const WHY = "Exposed SSH and RDP are scanned and brute-forced within minutes of going live.";

export default defineRule({
    id: "security-group-no-public-ssh-rdp",
    title: "No SSH or RDP open to the internet",
    description: `Security groups must not let the whole internet (0.0.0.0/0 or ::/0) reach remote administration ports. ${WHY}`,
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
    resourceType: [
        "aws:ec2/securityGroup:SecurityGroup",
        "aws:ec2/securityGroupRule:SecurityGroupRule",
        "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    ],
    validate(props, ctx) {
        const ports = ctx.config.ports;
        const label = `\`${ctx.name}\``;
        if (ctx.type === "aws:ec2/securityGroup:SecurityGroup") {
            listOf((props as { ingress?: unknown }).ingress).forEach((entry, index) => {
                const rule: IngressShape = recordOf(entry);
                const world = worldCidrsOf(rule);
                const reached = world ? reachedPorts(rule.protocol, rule.fromPort, rule.toPort, ports) : [];
                if (world && reached.length > 0) {
                    ctx.report({
                        message: `Security group ${label} lets anyone on the internet reach ${describePorts(reached)} through ingress[${index}] (${world.cidr}).`,
                        propertyPath: propertyPath("ingress", index, world.field),
                    });
                }
            });
        } else if (ctx.type === "aws:ec2/securityGroupRule:SecurityGroupRule") {
            const rule = props as IngressShape & { type?: unknown };
            if (rule.type !== "ingress") return;
            const world = worldCidrsOf(rule);
            const reached = world ? reachedPorts(rule.protocol, rule.fromPort, rule.toPort, ports) : [];
            if (world && reached.length > 0) {
                ctx.report({
                    message: `Security group rule ${label} lets anyone on the internet reach ${describePorts(reached)} (${world.cidr}).`,
                    propertyPath: world.field,
                });
            }
        } else {
            const rule = props as { ipProtocol?: unknown; fromPort?: unknown; toPort?: unknown; cidrIpv4?: unknown; cidrIpv6?: unknown };
            const field = isWorldCidr(rule.cidrIpv4) ? "cidrIpv4" : isWorldCidr(rule.cidrIpv6) ? "cidrIpv6" : undefined;
            const reached = field ? reachedPorts(rule.ipProtocol, rule.fromPort, rule.toPort, ports) : [];
            if (field && reached.length > 0) {
                ctx.report({
                    message: `Ingress rule ${label} lets anyone on the internet reach ${describePorts(reached)} (${String(rule[field])}).`,
                    propertyPath: field,
                });
            }
        }
    },
});
