import { defineRule } from "../../../src";
import { judgeIpv4Range, reportFirewallRange } from "../lib/database-firewall";
import type {} from "../../../src/types/azure-native/dbformysql";

/**
 * A flexible server's firewall admits the union of its rules, each an inclusive IPv4 range.
 * A range is "the internet" when it holds at least as many addresses as a /7 (the threshold
 * packs/shared/cidr.ts uses for CIDRs), so 0.0.0.0–255.255.255.255 and its halves count. The
 * 0.0.0.0–0.0.0.0 rule that "Allow public access from any Azure service within Azure to this
 * server" creates is reported under its own message: it admits every address inside Azure,
 * other customers' included. Rules of the retired single server are judged the same way.
 */
export default defineRule({
    id: "azure-dbformysql-firewall-rule-no-internet",
    title: "MySQL firewall rules do not admit the internet or all of Azure",
    description:
        "A firewall rule spanning the internet (0.0.0.0–255.255.255.255, or any range as broad as a /7) leaves the server's MySQL port open to password guessing and exploits from anywhere. The 0.0.0.0–0.0.0.0 rule, \"allow public access from any Azure service\", admits any Azure resource of any customer, not only your own.",
    severity: "critical",
    service: "dbformysql",
    frameworks: { "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"] },
    tags: ["network", "exposure"],
    remediation:
        'Narrow `startIpAddress` / `endIpAddress` to the client ranges that need access, delete the 0.0.0.0–0.0.0.0 rule and reach the server from your own Azure resources through a private endpoint or virtual network integration, and set `network.publicNetworkAccess: "Disabled"` on the server where nothing outside needs it.',
    defaultLevel: "mandatory",
    messages: {
        internet: "MySQL firewall rule `{{name}}` admits the internet: its range {{start}}–{{end}} holds a large part of all addresses.",
        azureServices: "MySQL firewall rule `{{name}}` (0.0.0.0–0.0.0.0) allows all Azure services and resources, including other customers', to reach the server.",
    },
    examples: {
        violating: [
            {
                resources: [
                    {
                        type: "azure-native:dbformysql:FirewallRule",
                        name: "allow-all",
                        props: { resourceGroupName: "rg-data", serverName: "mysql-orders", startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" },
                    },
                ],
            },
        ],
        compliant: [
            {
                resources: [
                    {
                        type: "azure-native:dbformysql:FirewallRule",
                        name: "office",
                        props: { resourceGroupName: "rg-data", serverName: "mysql-orders", startIpAddress: "203.0.113.0", endIpAddress: "203.0.113.255" },
                    },
                ],
            },
        ],
    },
    resourceType: ["azure-native:dbformysql:FirewallRule", "azure-native:dbformysql:SingleServerFirewallRule"],
    validate(props, ctx) {
        // An address that is not one, or an end before the start, is refused by Azure: nothing is admitted.
        const range = { start: props.startIpAddress, end: props.endIpAddress, startPath: "startIpAddress" };
        reportFirewallRange(ctx, judgeIpv4Range(range.start, range.end), range);
    },
});
