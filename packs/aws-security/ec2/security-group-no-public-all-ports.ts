import { defineRule } from "../../../src";
import { INGRESS_TYPES, allPortsOpened, publicIngress } from "../lib/ec2-ingress";

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
        for (const rule of publicIngress(ctx.type, props, ctx.name)) {
            const opened = allPortsOpened(rule.protocol, rule.fromPort, rule.toPort);
            if (!opened) continue;
            ctx.report({
                message: `${rule.subject} lets anyone on the internet reach ${opened}${rule.via} (${rule.cidr}).`,
                propertyPath: rule.propertyPath,
            });
        }
    },
});
