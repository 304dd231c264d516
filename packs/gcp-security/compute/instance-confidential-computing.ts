import { defineRule, knownOr, recordOf } from "../../../src";
import { INSTANCE, INSTANCE_TYPES, computeSubject } from "../lib/compute-instances";
import type {} from "../../../src/types/gcp/compute";

/** The confidential computing technologies `confidentialInstanceType` takes. */
const CONFIDENTIAL_TYPES: ReadonlySet<string> = new Set(["SEV", "SEV_SNP", "TDX"]);

/** The machine type's name: "n2d-standard-2" from itself or from a URL ending in machineTypes/n2d-standard-2. */
function machineTypeName(value: unknown): string | undefined {
    if (typeof value !== "string") return undefined;
    const parts = value.trim().split("/");
    const name = parts[parts.length - 1].toLowerCase();
    // Only a plain name is echoed in messages: anything else may be free text.
    return /^[a-z0-9-]{1,63}$/.test(name) ? name : undefined;
}

/**
 * CIS 4.11 audits machine types starting with n2d- (the AMD SEV family the benchmark names), so
 * that is the default scope; `machineTypePrefixes` widens it (an empty list judges every VM).
 * Confidential mode is on with `enableConfidentialCompute: true` or a `confidentialInstanceType`.
 */
export default defineRule({
    id: "gcp-compute-instance-confidential-computing",
    title: "VMs on Confidential VM machine types run with confidential computing",
    description:
        "Compute Engine encrypts data at rest and in transit, but a VM's memory is in the clear while it is processed. Confidential VM (AMD SEV, SEV-SNP or Intel TDX) encrypts memory with keys generated in the CPU that Google cannot read, protecting data in use from the host, the hypervisor and anyone with physical access. It can only be chosen when a VM is created, and only on supported machine types.",
    severity: "low",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["4.11"],
        "nist-800-53-r5": ["SC-28", "SC-39"],
    },
    tags: ["encryption", "data"],
    remediation:
        'Set `confidentialInstanceConfig: { enableConfidentialCompute: true }` (or `confidentialInstanceType: "SEV_SNP"` / "TDX" on supported machine types) and `scheduling.onHostMaintenance: "TERMINATE"` where the machine type needs it; the VM is recreated.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            machineTypePrefixes: {
                type: "array",
                items: { type: "string" },
                description: 'Machine types (by prefix, such as "n2d-" or "c3d-") that must run as Confidential VMs; an empty list means every VM.',
            },
        },
    },
    configDefaults: { machineTypePrefixes: ["n2d-"] as string[] },
    messages: {
        notConfidential: "{{subject}} runs on {{machineType}} without confidential computing: confidentialInstanceConfig.enableConfidentialCompute is not true and no confidentialInstanceType is set.",
    },
    examples: {
        violating: [
            {
                description: "an N2D VM without confidential computing",
                resources: [
                    { type: INSTANCE, name: "analytics", props: { machineType: "n2d-standard-4", bootDisk: { initializeParams: { image: "ubuntu-os-cloud/ubuntu-2404-lts-amd64" } }, networkInterfaces: [{ network: "prod-vpc" }] } },
                ],
            },
        ],
        compliant: [
            {
                description: "an N2D Confidential VM",
                resources: [
                    {
                        type: INSTANCE,
                        name: "analytics",
                        props: {
                            machineType: "n2d-standard-4",
                            bootDisk: { initializeParams: { image: "ubuntu-os-cloud/ubuntu-2404-lts-amd64" } },
                            networkInterfaces: [{ network: "prod-vpc" }],
                            confidentialInstanceConfig: { enableConfidentialCompute: true },
                            scheduling: { onHostMaintenance: "TERMINATE" },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...INSTANCE_TYPES],
    validate(props, ctx) {
        const prefixes = ctx.config.machineTypePrefixes.map((prefix) => prefix.trim().toLowerCase()).filter((prefix) => prefix !== "");
        // Judging every VM needs no machine type: then it only names the type in the message.
        const machineType = prefixes.length > 0 ? machineTypeName(props.machineType) : machineTypeName(knownOr(() => props.machineType, undefined));
        if (prefixes.length > 0 && !(machineType !== undefined && prefixes.some((prefix) => machineType.startsWith(prefix)))) return;
        const config = recordOf(props.confidentialInstanceConfig);
        if (config.enableConfidentialCompute === true) return;
        const type = config.confidentialInstanceType;
        if (typeof type === "string" && CONFIDENTIAL_TYPES.has(type.trim().toUpperCase())) return;
        ctx.report({
            messageId: "notConfidential",
            data: { subject: computeSubject(ctx.type, ctx.name), machineType: machineType === undefined ? "its machine type" : `machine type ${machineType}` },
            propertyPath: "confidentialInstanceConfig",
        });
    },
});
