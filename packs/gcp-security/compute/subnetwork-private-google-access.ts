import { defineRule } from "../../../src";
import { SUBNETWORK, hostsVms, networkSubject } from "../lib/compute-networks";
import type {} from "../../../src/types/gcp/compute";

/** Only subnets that host VMs (purpose PRIVATE, the default) are judged; privateIpGoogleAccess defaults to false. */
export default defineRule({
    id: "gcp-compute-subnetwork-private-google-access",
    title: "Subnets have Private Google Access enabled",
    description:
        "Without Private Google Access, a VM with only an internal address cannot reach Google APIs such as Cloud Storage, Artifact Registry or Cloud Logging, which pushes teams to give VMs external IP addresses or route API traffic through NAT. With it, VMs stay off the internet and still reach Google services over Google's network.",
    severity: "low",
    service: "compute",
    frameworks: {
        "nist-800-53-r5": ["SC-7", "AC-4"],
    },
    tags: ["network"],
    remediation: "Set `privateIpGoogleAccess: true` on the subnetwork (and remove external IP addresses from the VMs that only needed them to reach Google APIs).",
    defaultLevel: "advisory",
    messages: {
        noPrivateAccess: "{{subject}} does not give VMs without external addresses access to Google APIs: privateIpGoogleAccess is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "a subnet without Private Google Access",
                resources: [{ type: SUBNETWORK, name: "app", props: { network: "prod-vpc", region: "europe-west1", ipCidrRange: "10.10.0.0/20" } }],
            },
        ],
        compliant: [
            {
                description: "a subnet with Private Google Access",
                resources: [{ type: SUBNETWORK, name: "app", props: { network: "prod-vpc", region: "europe-west1", ipCidrRange: "10.10.0.0/20", privateIpGoogleAccess: true } }],
            },
        ],
    },
    resourceType: SUBNETWORK,
    validate(props, ctx) {
        const value = props.privateIpGoogleAccess;
        if (value === true || !hostsVms(props)) return;
        const state = value === false ? "false" : value === undefined || value === null ? "not set, and defaults to false" : "not true";
        ctx.report({ messageId: "noPrivateAccess", data: { subject: networkSubject(ctx.type, ctx.name), state }, propertyPath: "privateIpGoogleAccess" });
    },
    remediate(props) {
        props.privateIpGoogleAccess = true;
    },
});
