import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./security-group-no-internet-database-ports";

type InlineRule = NonNullable<MockProps<"azure-native:network:NetworkSecurityGroup">["securityRules"]>[number];

const inbound = (props: Partial<InlineRule>): InlineRule => ({ name: "db", priority: 200, direction: "Inbound", access: "Allow", protocol: "Tcp", ...props });
const nsg = (...securityRules: InlineRule[]) => mockResource("azure-native:network:NetworkSecurityGroup", { resourceGroupName: "rg-data", securityRules }, { name: "data" });

export const cases: RuleCase[] = [
    {
        name: "PostgreSQL from the internet",
        resources: nsg(inbound({ sourceAddressPrefix: "Internet", destinationPortRange: "5432" })),
        expect: {
            violations: [{
                messageId: "internetDatabasePorts",
                data: { subject: "Network security group `data`", ports: "PostgreSQL (port 5432)", via: " through securityRules[0] (`db`)", source: "Internet" },
                propertyPath: "securityRules[0].sourceAddressPrefix",
            }],
        },
    },
    {
        name: "several database ports in one rule",
        resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRanges: ["1433", "3306", "6379"] })),
        expect: { violations: [{ messageId: "internetDatabasePorts", data: { subject: "Network security group `data`", ports: "SQL Server (port 1433), MySQL/MariaDB (port 3306) and Redis (port 6379)", via: " through securityRules[0] (`db`)", source: "*" } }] },
    },
    {
        name: "every port names the first few and counts the rest",
        resources: nsg(inbound({ protocol: "*", sourceAddressPrefix: "0.0.0.0/0", destinationPortRange: "*" })),
        expect: { violations: [{ propertyPath: "securityRules[0].sourceAddressPrefix", messageIncludes: "and 16 more database ports" }] },
    },
    { name: "MongoDB in a range", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "27000-28000" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    {
        name: "standalone rule with Cassandra",
        resources: mockResource("azure-native:network:SecurityRule", {
            resourceGroupName: "rg-data", networkSecurityGroupName: "data", priority: 300, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefixes: ["::/0"], destinationPortRange: "9042",
        }, { name: "cassandra" }),
        expect: { violations: [{ messageId: "internetDatabasePorts", data: { subject: "Security rule `cassandra`", ports: "Cassandra (port 9042)", via: "", source: "::/0" }, propertyPath: "sourceAddressPrefixes" }] },
    },
    { name: "PostgreSQL from the app subnet", resources: nsg(inbound({ sourceAddressPrefix: "10.1.2.0/24", destinationPortRange: "5432" })), expect: "pass" },
    { name: "HTTPS from the internet", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "443" })), expect: "pass" },
    {
        name: "configured ports replace the defaults",
        resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "5432" })),
        options: { config: { "azure-network-security-group-no-internet-database-ports": { ports: [8529] } } },
        expect: "pass",
    },
    {
        name: "a configured port without a name",
        resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "8529" })),
        options: { config: { "azure-network-security-group-no-internet-database-ports": { ports: [8529] } } },
        expect: { violations: [{ messageIncludes: "reach port 8529 through" }] },
    },
    { name: "port unknown during preview", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRanges: unknown("array") })), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
