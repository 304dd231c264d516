import { defineRule } from "../../../src";
import { FIREWALL, describeEntries, describePorts, describeSource, exposedPorts } from "../lib/firewall-ingress";
import type {} from "../../../src/types/gcp/compute";

/**
 * Protocol "all" (or TCP without a port list) is reported here too, not only by
 * gcp-compute-firewall-no-internet-all-ports: each rule has its own level and exemptions, so an
 * exemption of the all-ports rule must not hide exposed SSH.
 */
export default defineRule({
    id: "gcp-compute-firewall-no-internet-ssh",
    title: "No VPC firewall rule opens SSH to the internet",
    description:
        "An enabled ingress firewall rule that allows port 22 from 0.0.0.0/0, ::/0 or a range as broad lets anyone on the internet try to log in to every VM it targets. Exposed SSH is scanned and brute-forced within minutes; Identity-Aware Proxy TCP forwarding or a VPN reaches VMs without opening it.",
    severity: "critical",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["3.6"],
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    },
    tags: ["network", "exposure"],
    remediation:
        'Set the firewall\'s `sourceRanges` to your VPN or office ranges, or to ["35.235.240.0/20"] (Identity-Aware Proxy TCP forwarding) and connect with `gcloud compute ssh --tunnel-through-iap`; or remove port 22 from `allows`.',
    defaultLevel: "mandatory",
    messages: {
        internetPorts: "Firewall `{{name}}` lets anyone on the internet ({{source}}) reach {{ports}} through {{entries}}.",
    },
    examples: {
        violating: [
            {
                description: "SSH open to the internet",
                resources: [{ type: FIREWALL, name: "allow-ssh", props: { network: "prod-vpc", allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["0.0.0.0/0"] } }],
            },
        ],
        compliant: [
            {
                description: "SSH only through Identity-Aware Proxy",
                resources: [{ type: FIREWALL, name: "allow-ssh", props: { network: "prod-vpc", allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["35.235.240.0/20"] } }],
            },
        ],
    },
    resourceType: FIREWALL,
    validate(props, ctx) {
        const exposure = exposedPorts(props, [22]);
        if (!exposure) return;
        ctx.report({
            messageId: "internetPorts",
            data: { name: ctx.name, source: describeSource(exposure.source), ports: describePorts(exposure.ports), entries: describeEntries(exposure.entries) },
            propertyPath: exposure.source.propertyPath,
        });
    },
});
