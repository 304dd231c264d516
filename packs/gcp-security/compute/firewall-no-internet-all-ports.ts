import { defineRule } from "../../../src";
import { FIREWALL, allowEntries, describeEntries, describeSource, internetSource, isEnabledIngress, opensEveryPort, type AllowEntry } from "../lib/firewall-ingress";
import type {} from "../../../src/types/gcp/compute";

/** "every port and protocol (protocol all)", "every TCP port". */
function describeOpening(entries: readonly AllowEntry[]): string {
    if (entries.some((entry) => entry.protocol === "all")) return "every port and protocol (protocol all)";
    const protocols = [...new Set(entries.map((entry) => String(entry.protocol).toUpperCase()))];
    return `every ${protocols.join(" and ")} port`;
}

export default defineRule({
    id: "gcp-compute-firewall-no-internet-all-ports",
    title: "No VPC firewall rule opens every port to the internet",
    description:
        'An enabled ingress firewall rule that allows protocol "all", or TCP or UDP without a port list (or over 0-65535), from 0.0.0.0/0, ::/0 or a range as broad exposes every service on the VMs it targets, including ones nobody meant to publish: admin consoles, databases, debug endpoints.',
    severity: "critical",
    service: "compute",
    frameworks: {
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)", "CM-7"],
    },
    tags: ["network", "exposure"],
    remediation:
        'List only the ports the service needs in `allows` (for a web front end, `{ protocol: "tcp", ports: ["443"] }`) instead of protocol "all" or a missing port list, and restrict `sourceRanges` to private or known ranges for everything else.',
    defaultLevel: "mandatory",
    messages: {
        internetAllPorts: "Firewall `{{name}}` lets anyone on the internet ({{source}}) reach {{opening}} through {{entries}}.",
    },
    examples: {
        violating: [
            {
                description: "all traffic from the internet",
                resources: [{ type: FIREWALL, name: "allow-all", props: { network: "prod-vpc", allows: [{ protocol: "all" }], sourceRanges: ["0.0.0.0/0"] } }],
            },
        ],
        compliant: [
            {
                description: "HTTPS only from the internet",
                resources: [{ type: FIREWALL, name: "allow-https", props: { network: "prod-vpc", allows: [{ protocol: "tcp", ports: ["443"] }], sourceRanges: ["0.0.0.0/0"] } }],
            },
        ],
    },
    resourceType: FIREWALL,
    validate(props, ctx) {
        if (!isEnabledIngress(props)) return;
        const open = allowEntries(props).filter(opensEveryPort);
        if (open.length === 0) return;
        const source = internetSource(props);
        if (!source) return;
        ctx.report({
            messageId: "internetAllPorts",
            data: { name: ctx.name, source: describeSource(source), opening: describeOpening(open), entries: describeEntries(open.map((entry) => entry.path)) },
            propertyPath: source.propertyPath,
        });
    },
});
