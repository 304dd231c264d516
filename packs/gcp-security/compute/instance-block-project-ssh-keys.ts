import { defineRule } from "../../../src";
import { INSTANCE, INSTANCE_TYPES, computeSubject, metadataFlag, metadataPath, metadataValue } from "../lib/compute-instances";
import type {} from "../../../src/types/gcp/compute";

const KEY = "block-project-ssh-keys";
const OS_LOGIN = "enable-oslogin";

/**
 * Only the VM's own metadata can block project keys. A VM with enable-oslogin TRUE in its own
 * metadata ignores metadata SSH keys altogether (CIS notes this), so it passes; project-wide OS
 * Login is not seen from one VM and is judged by gcp-compute-instance-os-login.
 */
export default defineRule({
    id: "gcp-compute-instance-block-project-ssh-keys",
    title: "VMs block project-wide SSH keys",
    description:
        "SSH keys in project metadata open every VM of the project that does not block them, so one leaked or forgotten key, or one person who should have lost access, reaches all of them. Blocking project-wide keys keeps access to the keys given to each VM (or, better, OS Login, which ties SSH access to IAM). Instance templates are judged too.",
    severity: "medium",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["4.3"],
        "nist-800-53-r5": ["AC-2", "AC-3", "IA-5"],
    },
    tags: ["credentials", "access"],
    remediation:
        'Set `metadata: { "block-project-ssh-keys": "true" }` on the instance or template (keeping its other metadata), or enable OS Login with `"enable-oslogin": "TRUE"`, which ignores metadata SSH keys.',
    defaultLevel: "advisory",
    messages: {
        projectKeysAllowed: "{{subject}} accepts project-wide SSH keys: {{detail}}.",
    },
    examples: {
        violating: [
            {
                description: "a VM that accepts project-wide keys",
                resources: [{ type: INSTANCE, name: "web", props: { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }] } }],
            },
        ],
        compliant: [
            {
                description: "a VM that blocks project-wide keys",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }], metadata: { "block-project-ssh-keys": "true" } },
                    },
                ],
            },
        ],
    },
    resourceType: [...INSTANCE_TYPES],
    validate(props, ctx) {
        const value = metadataValue(props, KEY);
        if (metadataFlag(value) === true) return;
        // OS Login on this VM: metadata keys, project-wide or not, are ignored.
        if (metadataFlag(metadataValue(props, OS_LOGIN)) === true) return;
        const detail =
            value === undefined || value === null
                ? `${metadataPath(KEY)} is not set, and project keys are accepted by default`
                : metadataFlag(value) === false
                  ? `${metadataPath(KEY)} is "${String(value)}"`
                  : `${metadataPath(KEY)} is not a value Compute Engine reads as true`;
        ctx.report({ messageId: "projectKeysAllowed", data: { subject: computeSubject(ctx.type, ctx.name), detail }, propertyPath: metadataPath(KEY) });
    },
    remediate(props) {
        if (props.metadata !== null && typeof props.metadata === "object") props.metadata[KEY] = "true";
        else props.metadata = { [KEY]: "true" };
    },
});
