import { requireSetting } from "../../shared/flag-rule";
import { INSTANCE, INSTANCE_TYPES, computeSubject } from "../lib/compute-instances";
import type {} from "../../../src/types/gcp/compute";

export default requireSetting({
    id: "gcp-compute-instance-no-ip-forwarding",
    title: "VMs do not forward IP packets",
    description:
        "Compute Engine drops packets whose source or destination address is not the VM's own, unless canIpForward is on. A VM that may forward can send traffic in other addresses' names and route traffic between networks, which bypasses the firewall rules and routes meant to separate them, and makes any compromise of it a compromise of the network path. Only dedicated routers, NAT or VPN appliances need it. Instance templates are judged too.",
    severity: "medium",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["4.6"],
        "nist-800-53-r5": ["SC-7", "CM-7"],
    },
    tags: ["network"],
    remediation:
        "Leave out `canIpForward` or set it to false (the provider's default) on the instance or template; for a VM that must route, such as a NAT or VPN appliance, exempt that one resource instead.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a VM that forwards packets",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }], canIpForward: true },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a VM with the default, no forwarding",
                resources: [{ type: INSTANCE, name: "web", props: { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }] } }],
            },
        ],
    },
    resourceType: [...INSTANCE_TYPES],
    path: ["canIpForward"],
    expected: false,
    // The provider's default for canIpForward is false.
    defaultSatisfies: true,
    message: (ctx) => `${computeSubject(ctx.type, ctx.name)} may forward packets for other addresses: canIpForward is not false.`,
    remediate(props) {
        props.canIpForward = false;
    },
});
