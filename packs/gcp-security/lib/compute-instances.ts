/**
 * Compute Engine VMs and the templates they are started from, read the same way by every
 * instance rule: the resource types, how messages name them, metadata flags and the default
 * service account.
 */
import { recordOf } from "../../../src";

export const INSTANCE = "gcp:compute/instance:Instance";
export const INSTANCE_TEMPLATE = "gcp:compute/instanceTemplate:InstanceTemplate";
export const REGION_INSTANCE_TEMPLATE = "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate";

/** VMs and templates: a template's settings are every VM's it starts, so it is judged too. */
export const INSTANCE_TYPES = [INSTANCE, INSTANCE_TEMPLATE, REGION_INSTANCE_TEMPLATE] as const;

export const PROJECT_METADATA = "gcp:compute/projectMetadata:ProjectMetadata";
export const PROJECT_METADATA_ITEM = "gcp:compute/projectMetadataItem:ProjectMetadataItem";

const KINDS: Readonly<Record<string, string>> = {
    [INSTANCE]: "Instance",
    [INSTANCE_TEMPLATE]: "Instance template",
    [REGION_INSTANCE_TEMPLATE]: "Regional instance template",
    [PROJECT_METADATA]: "Project metadata",
    [PROJECT_METADATA_ITEM]: "Project metadata item",
};

/** "Instance `web`", "Instance template `workers`", ... */
export function computeSubject(type: string, name: string): string {
    return `${KINDS[type] ?? "Resource"} \`${name}\``;
}

/**
 * A boolean metadata value as the guest environment and Compute Engine read it (Go's
 * strconv.ParseBool): "1", "t", "T", "TRUE", "true", "True" are true; "0", "f", "F", "FALSE",
 * "false", "False" are false; anything else (or no value) is undefined, which counts as not set.
 */
export function metadataFlag(value: unknown): boolean | undefined {
    if (typeof value === "boolean") return value;
    if (typeof value !== "string") return undefined;
    if (TRUE_TEXT.has(value)) return true;
    if (FALSE_TEXT.has(value)) return false;
    return undefined;
}

const TRUE_TEXT: ReadonlySet<string> = new Set(["1", "t", "T", "TRUE", "true", "True"]);
const FALSE_TEXT: ReadonlySet<string> = new Set(["0", "f", "F", "FALSE", "false", "False"]);

/** The value of one metadata key (keys are case-sensitive); reads only that key, so other unknown values do not matter. */
export function metadataValue(props: unknown, key: string): unknown {
    return recordOf(recordOf(props).metadata)[key];
}

/** The property path of a metadata key: `metadata.serial-port-enable`. */
export function metadataPath(key: string): string {
    return `metadata.${key}`;
}

/**
 * True for the Compute Engine default service account: `<project number>-compute@developer.gserviceaccount.com`,
 * the alias "default", or no email at all in a `serviceAccount` block (the provider then sends
 * "default"). Without a `serviceAccount` block the VM has no service account: not this.
 */
export function isDefaultServiceAccount(email: unknown): boolean {
    if (email === undefined || email === null) return true;
    if (typeof email !== "string") return false;
    const text = email.trim().toLowerCase();
    return text === "" || text === "default" || /^\d+-compute@developer\.gserviceaccount\.com$/.test(text);
}

/** The scope granting every Cloud API, in the short form and as the provider canonicalises it. */
const CLOUD_PLATFORM_SCOPES: ReadonlySet<string> = new Set(["cloud-platform", "https://www.googleapis.com/auth/cloud-platform"]);

/** True for the cloud-platform scope ("Allow full access to all Cloud APIs"). */
export function isFullAccessScope(scope: unknown): boolean {
    return typeof scope === "string" && CLOUD_PLATFORM_SCOPES.has(scope.trim());
}
