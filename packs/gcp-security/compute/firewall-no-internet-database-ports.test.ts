import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./firewall-no-internet-database-ports";

type FirewallProps = MockProps<"gcp:compute/firewall:Firewall">;
const firewall = (props: FirewallProps) => mockResource("gcp:compute/firewall:Firewall", { network: "prod-vpc", ...props }, { name: "fw" });
const violation = (ports: string, source = "0.0.0.0/0", entries = "allows[0]") => ({
    violations: [{ messageId: "internetDatabasePorts", data: { name: "fw", source, ports, entries }, propertyPath: "sourceRanges" }],
});

export const cases: RuleCase[] = [
    { name: "PostgreSQL from the internet", resources: firewall({ allows: [{ protocol: "tcp", ports: ["5432"] }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("PostgreSQL (port 5432)") },
    { name: "MySQL and Redis over IPv6", resources: firewall({ allows: [{ protocol: "tcp", ports: ["3306", "6379"] }], sourceRanges: ["::/0"] }), expect: violation("MySQL (port 3306) and Redis (port 6379)", "::/0") },
    { name: "a MongoDB range", resources: firewall({ allows: [{ protocol: "tcp", ports: ["27017-27019"] }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("MongoDB (port 27017), MongoDB (port 27018) and MongoDB (port 27019)") },
    { name: "protocol all names the first ports and counts the rest", resources: firewall({ allows: [{ protocol: "all" }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("SQL Server (port 1433), SQL Server Browser (port 1434), Oracle (port 1521), Oracle (port 2483) and 23 more ports") },
    { name: "PostgreSQL from the application tier by tag", resources: firewall({ allows: [{ protocol: "tcp", ports: ["5432"] }], sourceTags: ["app"] }), expect: "pass" },
    { name: "PostgreSQL from a private range", resources: firewall({ allows: [{ protocol: "tcp", ports: ["5432"] }], sourceRanges: ["10.0.0.0/8"] }), expect: "pass" },
    { name: "HTTPS from the internet", resources: firewall({ allows: [{ protocol: "tcp", ports: ["443"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "source ranges unknown during preview", resources: firewall({ allows: [{ protocol: "tcp", ports: ["5432"] }], sourceRanges: unknown("array") }), expect: "skipped" },
    { name: "disabled rule", resources: firewall({ disabled: true, allows: [{ protocol: "tcp", ports: ["5432"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "deny rule", resources: firewall({ denies: [{ protocol: "tcp", ports: ["5432"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    {
        name: "configured ports replace the defaults",
        resources: firewall({ allows: [{ protocol: "tcp", ports: ["5432", "8529"] }], sourceRanges: ["0.0.0.0/0"] }),
        options: { config: { "gcp-compute-firewall-no-internet-database-ports": { ports: [8529] } } },
        expect: violation("port 8529"),
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
