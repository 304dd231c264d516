import { defineRule } from "../../../src";
import { NSG_TYPES, internetInboundRules, nsgSubject, nsgVia, opensEveryPort } from "../lib/nsg-rules";
import type {} from "../../../src/types/azure-native/network";

/**
 * Every port means destination port `*`, `0-65535` or `1-65535`, or several ranges that
 * together cover them, over TCP, UDP or any protocol. ICMP, ESP and AH rules have no ports.
 */
export default defineRule({
    id: "azure-network-security-group-no-internet-all-ports",
    title: "No rule opens every port to the internet",
    description:
        "A network security group rule that allows the internet to reach every port exposes every service on the machines behind it, including administration and database ports and anything started later, so the group no longer filters anything. Inbound rules should open only the ports the workload serves.",
    severity: "critical",
    service: "network",
    frameworks: {
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)", "CM-7"],
    },
    tags: ["network", "exposure"],
    remediation:
        'Set destinationPortRange (or destinationPortRanges) to the ports the service needs, such as "443", instead of "*" or 0-65535, and limit every other port to private ranges or application security groups.',
    defaultLevel: "mandatory",
    messages: {
        internetAllPorts: "{{subject}} lets anyone on the internet reach every {{protocol}} port{{via}} (source {{source}}).",
    },
    examples: {
        violating: [
            {
                description: "everything allowed from the internet",
                resources: [
                    {
                        type: "azure-native:network:SecurityRule",
                        name: "allow-all",
                        props: {
                            resourceGroupName: "rg-net",
                            networkSecurityGroupName: "nsg-app",
                            priority: 4000,
                            direction: "Inbound",
                            access: "Allow",
                            protocol: "*",
                            sourceAddressPrefix: "*",
                            sourcePortRange: "*",
                            destinationAddressPrefix: "*",
                            destinationPortRange: "*",
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
                        type: "azure-native:network:SecurityRule",
                        name: "allow-https",
                        props: {
                            resourceGroupName: "rg-net",
                            networkSecurityGroupName: "nsg-app",
                            priority: 4000,
                            direction: "Inbound",
                            access: "Allow",
                            protocol: "Tcp",
                            sourceAddressPrefix: "Internet",
                            sourcePortRange: "*",
                            destinationAddressPrefix: "*",
                            destinationPortRange: "443",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...NSG_TYPES],
    validate(props, ctx) {
        for (const rule of internetInboundRules(ctx.type, props)) {
            if (!opensEveryPort(rule)) continue;
            ctx.report({
                messageId: "internetAllPorts",
                data: { subject: nsgSubject(ctx.type, ctx.name), protocol: rule.protocol === "*" ? "TCP and UDP" : rule.protocol.toUpperCase(), via: nsgVia(rule), source: rule.source },
                propertyPath: rule.sourcePath,
            });
        }
    },
});
