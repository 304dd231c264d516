import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { INSTANCE, INSTANCE_TYPES, computeSubject } from "../lib/compute-instances";
import type {} from "../../../src/types/gcp/compute";

/**
 * An `accessConfigs` entry, even an empty one, gives the interface an external IPv4 address
 * (ephemeral when `natIp` is left out); an `ipv6AccessConfigs` entry gives it an external IPv6
 * address. Each interface with either is one violation per kind.
 */
export default defineRule({
    id: "gcp-compute-instance-no-public-ip",
    title: "VMs have no external IP addresses",
    description:
        "A VM with an external IP address is reachable from the internet whenever a firewall rule allows it, and one overly broad rule is enough to expose it. VMs without external addresses can still reach the internet through Cloud NAT, Google APIs through Private Google Access, and administrators through Identity-Aware Proxy, so nothing from outside can address them directly. Instance templates are judged too.",
    severity: "medium",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["4.9"],
        "nist-800-53-r5": ["SC-7", "AC-4"],
    },
    tags: ["network", "exposure"],
    remediation:
        "Remove `accessConfigs` (and `ipv6AccessConfigs`) from the instance's or template's `networkInterfaces`; give the subnet Cloud NAT for outbound traffic and reach the VM through Identity-Aware Proxy or a load balancer. Enforce it with the organization policy constraint compute.vmExternalIpAccess.",
    defaultLevel: "advisory",
    messages: {
        externalIp: "{{subject}} has an external {{family}} address on {{nic}}: {{path}} is set.",
    },
    examples: {
        violating: [
            {
                description: "a VM with an ephemeral external IP",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc", accessConfigs: [{}] }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a VM with an internal address only",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc", subnetwork: "prod-europe-west1" }] },
                    },
                ],
            },
        ],
    },
    resourceType: [...INSTANCE_TYPES],
    validate(props, ctx) {
        const interfaces = listOf(props.networkInterfaces);
        for (let i = 0; i < interfaces.length; i++) {
            const nic = recordOf(interfaces[i]);
            for (const [field, family] of [["accessConfigs", "IPv4"], ["ipv6AccessConfigs", "IPv6"]] as const) {
                if (listOf(nic[field]).length === 0) continue;
                const path = propertyPath("networkInterfaces", i, field);
                ctx.report({ messageId: "externalIp", data: { subject: computeSubject(ctx.type, ctx.name), family, nic: propertyPath("networkInterfaces", i), path }, propertyPath: path });
            }
        }
    },
});
