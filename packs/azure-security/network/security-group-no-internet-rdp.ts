import { defineRule } from "../../../src";
import { NSG_TYPES, reportInternetPorts } from "../lib/nsg-rules";
import type {} from "../../../src/types/azure-native/network";

const PORTS = [3389] as const;
const NAMES: Readonly<Record<number, string>> = { 3389: "RDP" };

/**
 * Inbound Allow rules only. A higher-priority Deny is not weighed against an Allow: a group's
 * rules may be split over several resources, and such an Allow is one priority change away from
 * exposure. A rule allowing every port (`*`) is reported here too, as by
 * azure-network-security-group-no-internet-all-ports, so each rule's level and exemptions stand alone.
 */
export default defineRule({
    id: "azure-network-security-group-no-internet-rdp",
    title: "No RDP open to the internet",
    description:
        "Network security groups must not allow inbound RDP (port 3389) from the internet: a source of *, Any, Internet, 0.0.0.0/0, ::/0 or a range as broad. Exposed RDP is one of the most common ways into Windows machines, through brute-forced passwords and remote-code-execution flaws such as BlueKeep.",
    severity: "critical",
    service: "network",
    frameworks: {
        "cis-azure-6.0": ["7.1"],
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    },
    tags: ["network", "exposure"],
    remediation:
        "Limit sourceAddressPrefix / sourceAddressPrefixes to your VPN or management range, or remove the rule and connect through Azure Bastion or just-in-time VM access.",
    defaultLevel: "mandatory",
    messages: {
        internetPorts: "{{subject}} lets anyone on the internet reach {{ports}}{{via}} (source {{source}}).",
    },
    examples: {
        violating: [
            {
                description: "RDP open to the internet",
                resources: [
                    {
                        type: "azure-native:network:SecurityRule",
                        name: "allow-rdp",
                        props: {
                            resourceGroupName: "rg-net",
                            networkSecurityGroupName: "nsg-app",
                            priority: 100,
                            direction: "Inbound",
                            access: "Allow",
                            protocol: "Tcp",
                            sourceAddressPrefix: "*",
                            sourcePortRange: "*",
                            destinationAddressPrefix: "*",
                            destinationPortRange: "3389",
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "RDP from the management subnet only",
                resources: [
                    {
                        type: "azure-native:network:SecurityRule",
                        name: "allow-rdp",
                        props: {
                            resourceGroupName: "rg-net",
                            networkSecurityGroupName: "nsg-app",
                            priority: 100,
                            direction: "Inbound",
                            access: "Allow",
                            protocol: "Tcp",
                            sourceAddressPrefix: "10.20.0.0/24",
                            sourcePortRange: "*",
                            destinationAddressPrefix: "*",
                            destinationPortRange: "3389",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...NSG_TYPES],
    validate(props, ctx) {
        reportInternetPorts(ctx, props, { ports: PORTS, names: NAMES, noun: "port", messageId: "internetPorts" });
    },
});
