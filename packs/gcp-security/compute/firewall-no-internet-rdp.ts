import { defineRule } from "../../../src";
import { FIREWALL, describeEntries, describePorts, describeSource, exposedPorts } from "../lib/firewall-ingress";
import type {} from "../../../src/types/gcp/compute";

/** Protocol "all" is reported here too, as by the SSH rule: each rule stands on its own. */
export default defineRule({
    id: "gcp-compute-firewall-no-internet-rdp",
    title: "No VPC firewall rule opens RDP to the internet",
    description:
        "An enabled ingress firewall rule that allows port 3389 (TCP or UDP) from 0.0.0.0/0, ::/0 or a range as broad exposes Windows Remote Desktop on every VM it targets. RDP is among the most scanned and brute-forced services and has had wormable vulnerabilities; reach Windows VMs through Identity-Aware Proxy or a VPN instead.",
    severity: "critical",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["3.7"],
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    },
    tags: ["network", "exposure"],
    remediation:
        'Set the firewall\'s `sourceRanges` to your VPN or office ranges, or to ["35.235.240.0/20"] (Identity-Aware Proxy TCP forwarding, used by `gcloud compute start-iap-tunnel`); or remove port 3389 from `allows`.',
    defaultLevel: "mandatory",
    messages: {
        internetPorts: "Firewall `{{name}}` lets anyone on the internet ({{source}}) reach {{ports}} through {{entries}}.",
    },
    examples: {
        violating: [
            {
                description: "RDP open to the internet",
                resources: [{ type: FIREWALL, name: "allow-rdp", props: { network: "prod-vpc", allows: [{ protocol: "tcp", ports: ["3389"] }], sourceRanges: ["0.0.0.0/0"] } }],
            },
        ],
        compliant: [
            {
                description: "RDP only through Identity-Aware Proxy",
                resources: [{ type: FIREWALL, name: "allow-rdp", props: { network: "prod-vpc", allows: [{ protocol: "tcp", ports: ["3389"] }], sourceRanges: ["35.235.240.0/20"] } }],
            },
        ],
    },
    resourceType: FIREWALL,
    validate(props, ctx) {
        const exposure = exposedPorts(props, [3389]);
        if (!exposure) return;
        ctx.report({
            messageId: "internetPorts",
            data: { name: ctx.name, source: describeSource(exposure.source), ports: describePorts(exposure.ports, { 3389: "RDP" }), entries: describeEntries(exposure.entries) },
            propertyPath: exposure.source.propertyPath,
        });
    },
});
