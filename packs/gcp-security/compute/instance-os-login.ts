import { defineRule, known, recordOf, type StackResource } from "../../../src";
import {
    INSTANCE,
    INSTANCE_TYPES,
    PROJECT_METADATA,
    PROJECT_METADATA_ITEM,
    computeSubject,
    metadataFlag,
    metadataPath,
    metadataValue,
} from "../lib/compute-instances";
import type {} from "../../../src/types/gcp/compute";

const KEY = "enable-oslogin";

type ProjectState = "on" | "off" | "unknown";

/** The project a resource belongs to: its `project`, or "" for the provider's project. Reading an unknown throws. */
function projectOf(resource: StackResource): string {
    const project = recordOf(resource.props).project;
    return typeof project === "string" ? project.trim() : "";
}

/**
 * What the stack itself says about OS Login: project-wide settings (a ProjectMetadata, which
 * owns all of the project's metadata, or a ProjectMetadataItem for the key) and each VM's or
 * template's own value, which overrides the project's.
 *
 * - A VM or template setting enable-oslogin to false is reported: it opts out of the project's
 *   OS Login (CIS 4.4 asks that none does).
 * - A ProjectMetadata without the key, or a project-wide value that is not true, is reported on
 *   that resource, not again on every VM of the project.
 * - A VM without its own true value, in a project with no project-wide setting in the stack
 *   (matched by `project`; left out on both means the provider's project), is reported unless
 *   `projectOsLoginEnabled` says the project sets it elsewhere.
 */
export default defineRule({
    id: "gcp-compute-instance-os-login",
    title: "VMs use OS Login",
    description:
        "With OS Login, SSH access to a VM is granted and revoked through IAM and tied to a person's Google identity (with two-step verification if required), so removing someone's role removes their access everywhere. Without it, access is SSH keys in metadata, which nobody tracks, that outlive the people who added them and that anyone with metadata write access can add. OS Login is set project-wide with enable-oslogin TRUE in project metadata, and a VM's own metadata can turn it off again.",
    severity: "medium",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["4.4"],
        "nist-800-53-r5": ["AC-2", "IA-2", "IA-5"],
    },
    tags: ["identity", "access"],
    remediation:
        'Set `"enable-oslogin": "TRUE"` in the project\'s metadata (a gcp.compute.ProjectMetadataItem with `key: "enable-oslogin", value: "TRUE"`, or the key in gcp.compute.ProjectMetadata) and remove any `"enable-oslogin": "FALSE"` from VMs\' and templates\' `metadata`; enforce it with the organization policy constraint compute.requireOsLogin.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            projectOsLoginEnabled: {
                type: "boolean",
                description:
                    "The projects this stack deploys to enable OS Login outside it (project metadata managed elsewhere, or the compute.requireOsLogin organization policy), so a VM without its own setting is not reported. A VM or template that turns it off is still reported.",
            },
        },
    },
    configDefaults: { projectOsLoginEnabled: false },
    messages: {
        resourceDisables: '{{subject}} turns OS Login off: {{path}} is "{{value}}", which overrides the project\'s setting.',
        projectNotEnabled: "{{subject}} does not enable OS Login for its project: {{detail}}.",
        notEnabled: "{{subject}} does not use OS Login: {{path}} is not true and no project metadata in the stack enables it for its project.",
    },
    examples: {
        violating: [
            {
                description: "a VM that opts out of OS Login",
                resources: [
                    { type: PROJECT_METADATA_ITEM, name: "oslogin", props: { key: "enable-oslogin", value: "TRUE" } },
                    {
                        type: INSTANCE,
                        name: "web",
                        props: { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }], metadata: { "enable-oslogin": "FALSE" } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "OS Login enabled project-wide",
                resources: [
                    { type: PROJECT_METADATA_ITEM, name: "oslogin", props: { key: "enable-oslogin", value: "TRUE" } },
                    { type: INSTANCE, name: "web", props: { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }] } },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        // Project-wide settings, per project.
        const projects = new Map<string, ProjectState>();
        const record = (project: string, state: ProjectState) => {
            const previous = projects.get(project);
            // Resources that disagree: off wins, then unknown.
            if (previous === "off" || (previous === "unknown" && state === "on")) return;
            projects.set(project, state);
        };
        for (const resource of stack.ofType(PROJECT_METADATA, PROJECT_METADATA_ITEM)) {
            const isItem = resource.type === PROJECT_METADATA_ITEM;
            const key = known(() => (isItem ? recordOf(resource.props).key : KEY));
            if (!key.known || key.value !== KEY) continue;
            const project = known(() => projectOf(resource));
            const value = known(() => (isItem ? recordOf(resource.props).value : metadataValue(resource.props, KEY)));
            if (!project.known) continue;
            if (!value.known) {
                record(project.value, "unknown");
                continue;
            }
            if (metadataFlag(value.value) === true) {
                record(project.value, "on");
                continue;
            }
            record(project.value, "off");
            const path = isItem ? "value" : metadataPath(KEY);
            const detail =
                value.value === undefined || value.value === null
                    ? `${path} is not set, so OS Login is off by default`
                    : metadataFlag(value.value) === false
                      ? `${path} is "${String(value.value)}"`
                      : `${path} is not a value Compute Engine reads as true`;
            ctx.report({ urn: resource.urn, messageId: "projectNotEnabled", data: { subject: computeSubject(resource.type, resource.name), detail }, propertyPath: path });
        }

        for (const vm of stack.ofType(...INSTANCE_TYPES)) {
            const subject = computeSubject(vm.type, vm.name);
            const path = metadataPath(KEY);
            const own = known(() => metadataValue(vm.props, KEY));
            if (!own.known) continue;
            const flag = metadataFlag(own.value);
            if (flag === true) continue;
            if (flag === false) {
                ctx.report({ urn: vm.urn, messageId: "resourceDisables", data: { subject, path, value: String(own.value) }, propertyPath: path });
                continue;
            }
            // No value of its own (or one that is not a boolean): the project's applies.
            const project = known(() => projectOf(vm));
            if (!project.known) continue;
            const state = projects.get(project.value);
            // "off" was reported on the project-wide resource, "unknown" cannot be judged.
            if (state !== undefined || ctx.config.projectOsLoginEnabled) continue;
            ctx.report({ urn: vm.urn, messageId: "notEnabled", data: { subject, path }, propertyPath: path });
        }
    },
});
