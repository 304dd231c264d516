import { defineRule } from "../../../src";
import { NETWORK } from "../lib/compute-networks";
import type {} from "../../../src/types/gcp/compute";
import type {} from "../../../src/types/gcp/organizations";

const PROJECT = "gcp:organizations/project:Project";

/**
 * Two ways a stack leaves a project with a default network: a gcp.organizations.Project without
 * `autoCreateNetwork: false` (the provider's default is true, which keeps the network Compute
 * Engine creates), and a gcp.compute.Network named "default". Legacy (non-VPC) networks, CIS
 * 3.2, cannot be created through the provider at all.
 */
export default defineRule({
    id: "gcp-compute-network-no-default",
    title: "Projects have no default network",
    description:
        "The default network is an auto mode VPC created with every project, with firewall rules that let SSH, RDP and ICMP in from anywhere and allow all traffic between its VMs, and subnets on the same predefined ranges in every project, so it cannot be peered or joined by VPN cleanly. Workloads placed in it inherit that exposure by accident; networks designed for them should be created instead.",
    severity: "medium",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["3.1"],
        "nist-800-53-r5": ["SC-7", "CM-6", "CM-7"],
    },
    tags: ["network"],
    remediation:
        'Set `autoCreateNetwork: false` on the gcp.organizations.Project (the provider then deletes the default network), or enforce the organization policy constraint compute.skipDefaultNetworkCreation; give your own gcp.compute.Network another name and `autoCreateSubnetworks: false`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            skipDefaultNetworkCreation: {
                type: "boolean",
                description: "The organization policy constraint compute.skipDefaultNetworkCreation is enforced for the projects this stack creates, so a Project without autoCreateNetwork: false gets no default network.",
            },
        },
    },
    configDefaults: { skipDefaultNetworkCreation: false },
    messages: {
        projectKeepsDefault: "Project `{{name}}` keeps the default network: autoCreateNetwork is {{state}}.",
        networkNamedDefault: 'Network `{{name}}` is named "default": it recreates the default network.',
    },
    examples: {
        violating: [
            {
                description: "a project that keeps its default network",
                resources: [{ type: PROJECT, name: "app", props: { projectId: "acme-app-prod", name: "acme-app-prod", orgId: "123456789012", billingAccount: "012345-6789AB-CDEF01" } }],
            },
        ],
        compliant: [
            {
                description: "a project without a default network",
                resources: [{ type: PROJECT, name: "app", props: { projectId: "acme-app-prod", name: "acme-app-prod", orgId: "123456789012", billingAccount: "012345-6789AB-CDEF01", autoCreateNetwork: false } }],
            },
        ],
    },
    resourceType: [PROJECT, NETWORK],
    validate(_props, ctx) {
        const { resource } = ctx;
        if (resource.type === PROJECT) {
            const value = resource.props.autoCreateNetwork;
            if (value === false) return;
            if ((value === undefined || value === null) && ctx.config.skipDefaultNetworkCreation) return;
            const state = value === true ? "true" : value === undefined || value === null ? "not set, and defaults to true" : "not false";
            ctx.report({ messageId: "projectKeepsDefault", data: { name: ctx.name, state }, propertyPath: "autoCreateNetwork" });
            return;
        }
        if (resource.type === NETWORK) {
            const name = resource.props.name;
            if (typeof name === "string" && name.trim() === "default") ctx.report({ messageId: "networkNamedDefault", data: { name: ctx.name }, propertyPath: "name" });
        }
    },
    remediate(_props, ctx) {
        if (ctx.resource.type === PROJECT) ctx.resource.props.autoCreateNetwork = false;
    },
});
