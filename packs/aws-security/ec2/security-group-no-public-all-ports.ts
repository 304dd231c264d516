import { defineRule } from "../../../src";
import { INGRESS_TYPES, ingressEntries, isAllTraffic, opensEveryPort, portRange, worldSources, type IngressEntry } from "../../shared/ingress";
import { ingressSubject, ingressVia } from "../lib/ingress-messages";
import type {} from "../../../src/types/aws/ec2";
import type {} from "../../../src/types/aws/vpc";

/** How an entry that opens every port does so: "every port and protocol (all traffic)", "every TCP port (0-65535)". */
function describeOpening(entry: IngressEntry): string {
    if (isAllTraffic(entry)) return "every port and protocol (all traffic)";
    const range = portRange(entry);
    return `every ${String(entry.protocol).toUpperCase()} port (${range?.from ?? 0}-${range?.to ?? 65535})`;
}

export default defineRule({
    id: "ec2-security-group-no-public-all-ports",
    title: "No security group open to the internet on all ports",
    description:
        "An ingress rule that admits 0.0.0.0/0 or ::/0 on every port exposes every service on the instances behind it, including ones nobody meant to publish, such as admin consoles, databases and debug endpoints.",
    severity: "critical",
    service: "ec2",
    frameworks: {
        "aws-fsbp": ["EC2.18"],
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    },
    tags: ["network", "exposure"],
    remediation:
        'Open only the ports the service needs (for a web front end, tcp 443 and perhaps 80) instead of protocol "-1" or 0-65535, and restrict everything else to private ranges or other security groups.',
    defaultLevel: "mandatory",
    messages: {
        publicAllPorts: "{{subject}} lets anyone on the internet reach {{opening}}{{via}} ({{cidr}}).",
    },
    examples: {
        violating: [
            {
                description: "all traffic from the internet",
                resources: [
                    {
                        type: "aws:ec2/securityGroup:SecurityGroup",
                        name: "web",
                        props: {
                            vpcId: "vpc-0a1b2c3d4e5f67890",
                            ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "HTTPS only from the internet",
                resources: [
                    {
                        type: "aws:ec2/securityGroup:SecurityGroup",
                        name: "web",
                        props: {
                            vpcId: "vpc-0a1b2c3d4e5f67890",
                            ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
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
            if (!world || !opensEveryPort(entry)) continue;
            ctx.report({
                messageId: "publicAllPorts",
                data: { subject: ingressSubject(ctx.type, ctx.name), opening: describeOpening(entry), via: ingressVia(entry), cidr: world.value },
                propertyPath: world.propertyPath,
            });
        }
    },
});
