import { defineRule, recordOf } from "../../../src";
import { INSTANCE, INSTANCE_TYPES, PROJECT_METADATA, PROJECT_METADATA_ITEM, computeSubject, metadataFlag, metadataPath, metadataValue } from "../lib/compute-instances";
import type {} from "../../../src/types/gcp/compute";

const KEY = "serial-port-enable";

/**
 * Judged where the key can be set: on a VM or template (`metadata`), and project-wide
 * (ProjectMetadata's `metadata`, or a ProjectMetadataItem), which every VM without its own value
 * inherits. Values are read as Compute Engine reads booleans (`metadataFlag`).
 */
export default defineRule({
    id: "gcp-compute-instance-serial-port-disabled",
    title: "VMs do not accept interactive serial console connections",
    description:
        "With serial-port-enable set, anyone holding an SSH key the VM accepts can open its interactive serial console from any IP address: the serial console ignores firewall rules and IP allowlists, and it reaches the VM even when its network is locked down. Keep it off, on VMs, templates and project-wide metadata, except briefly while troubleshooting.",
    severity: "medium",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["4.5"],
        "nist-800-53-r5": ["AC-17", "CM-7"],
    },
    tags: ["network", "exposure"],
    remediation:
        'Remove the `serial-port-enable` key from `metadata` (on the VM, the template, or the project\'s gcp.compute.ProjectMetadata / ProjectMetadataItem), or set it to "false"; enforce it with the organization policy constraint compute.disableSerialPortAccess.',
    defaultLevel: "mandatory",
    messages: {
        serialPortEnabled: '{{subject}} enables the interactive serial console: {{path}} is "{{value}}".',
    },
    examples: {
        violating: [
            {
                description: "a VM with the serial console on",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }], metadata: { "serial-port-enable": "TRUE" } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a VM without the serial console",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }], metadata: { "enable-oslogin": "TRUE" } },
                    },
                ],
            },
        ],
    },
    resourceType: [...INSTANCE_TYPES, PROJECT_METADATA, PROJECT_METADATA_ITEM],
    validate(props, ctx) {
        const { resource } = ctx;
        let value: unknown;
        let path: string;
        if (resource.type === PROJECT_METADATA_ITEM) {
            if (resource.props.key !== KEY) return;
            value = resource.props.value;
            path = "value";
        } else {
            value = metadataValue(props, KEY);
            path = metadataPath(KEY);
        }
        // Absent (the default) or any value Compute Engine does not read as true: off.
        if (metadataFlag(value) !== true) return;
        ctx.report({ messageId: "serialPortEnabled", data: { subject: computeSubject(ctx.type, ctx.name), path, value: String(value) }, propertyPath: path });
    },
    remediate(_props, ctx) {
        const { resource } = ctx;
        if (resource.type === PROJECT_METADATA_ITEM) resource.props.value = "false";
        // Only reached after a report, so the metadata holds the key.
        else recordOf(resource.props.metadata)[KEY] = "false";
    },
});
