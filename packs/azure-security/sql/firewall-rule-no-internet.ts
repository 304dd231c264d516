import { defineRule } from "../../../src";
import { judgeIpv4Range, judgeIpv6Range, reportFirewallRange } from "../lib/database-firewall";
import type {} from "../../../src/types/azure-native/sql";

/**
 * An Azure SQL server's firewall admits the union of its rules, each an inclusive range of
 * client addresses. A range is "the internet" when it holds at least as many addresses as a /7
 * (the threshold packs/shared/cidr.ts uses for CIDRs): 0.0.0.0–255.255.255.255 and also its
 * halves such as 0.0.0.0–127.255.255.255, which CIS counts among "other combinations which
 * allow access to wider public IP ranges". The 0.0.0.0–0.0.0.0 rule (named
 * AllowAllWindowsAzureIps by the portal) is reported under its own message: it admits every
 * address inside Azure, other customers' included, which CIS asks to switch off as well.
 * Rules are judged as written, whatever the server's publicNetworkAccess
 * (azure-sql-server-public-network-access-disabled judges that).
 */
export default defineRule({
    id: "azure-sql-firewall-rule-no-internet",
    title: "Azure SQL firewall rules do not admit the internet or all of Azure",
    description:
        "A server firewall rule spanning the internet (0.0.0.0–255.255.255.255, or any range as broad as a /7) leaves the server's login endpoint open to password spraying and exploit attempts from anywhere. The 0.0.0.0–0.0.0.0 rule, \"allow Azure services and resources to access this server\", admits any Azure resource of any customer, not only your own.",
    severity: "critical",
    service: "sql",
    frameworks: { "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"] },
    tags: ["network", "exposure"],
    remediation:
        "Narrow `startIpAddress` / `endIpAddress` (or `startIPv6Address` / `endIPv6Address`) to the client ranges that need access, delete the 0.0.0.0–0.0.0.0 rule and reach the server from your own Azure resources through a private endpoint or virtual network rules, and set `publicNetworkAccess: \"Disabled\"` on the server where nothing outside needs it.",
    defaultLevel: "mandatory",
    messages: {
        internet: "SQL firewall rule `{{name}}` admits the internet: its range {{start}}–{{end}} holds a large part of all addresses.",
        azureServices:
            "SQL firewall rule `{{name}}` (0.0.0.0–0.0.0.0) allows all Azure services and resources, including other customers', to reach the server.",
    },
    examples: {
        violating: [
            {
                description: "a rule open to every address",
                resources: [
                    {
                        type: "azure-native:sql:FirewallRule",
                        name: "allow-all",
                        props: { resourceGroupName: "rg-data", serverName: "sql-orders", startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a rule for the office range",
                resources: [
                    {
                        type: "azure-native:sql:FirewallRule",
                        name: "office",
                        props: { resourceGroupName: "rg-data", serverName: "sql-orders", startIpAddress: "203.0.113.0", endIpAddress: "203.0.113.255" },
                    },
                ],
            },
        ],
    },
    resourceType: ["azure-native:sql:FirewallRule", "azure-native:sql:IPv6FirewallRule"],
    validate(_props, ctx) {
        const { resource } = ctx;
        // An address that is not one, or an end before the start, is refused by Azure: nothing is admitted.
        const [start, end, startPath] =
            resource.type === "azure-native:sql:FirewallRule"
                ? [resource.props.startIpAddress, resource.props.endIpAddress, "startIpAddress"]
                : [resource.props.startIPv6Address, resource.props.endIPv6Address, "startIPv6Address"];
        const verdict = resource.type === "azure-native:sql:FirewallRule" ? judgeIpv4Range(start, end) : judgeIpv6Range(start, end);
        reportFirewallRange(ctx, verdict, { start, end, startPath });
    },
});
