/**
 * Reads a Terraform state file (format version 4, what `terraform state pull` prints and backends
 * store) as Pulumi AWS resources, so the same rules judge estates not yet in Pulumi:
 * - each managed `aws_*` resource instance becomes the Pulumi AWS v7 resource the bridge maps its
 *   type to (data/terraform-aws.generated.json, from pulumi-aws's bridge metadata), named by its
 *   Terraform address (`aws_s3_bucket.logs`, `module.net.aws_vpc.main[0]`);
 * - snake_case attributes become the Pulumi property names and shapes of that resource's state:
 *   blocks Pulumi holds as one object (Terraform's lists of one block) are unwrapped, list names
 *   take Pulumi's plural, `*_id` references take Pulumi's name, map keys (tags) stay as written;
 * - values Terraform marks sensitive (`sensitive_attributes`) are secrets from here on;
 * - everything not judged (other providers, AWS types the map lacks, data sources, deposed
 *   objects) is counted in notices, never dropped silently.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { ResourceUnderTest } from "../evaluate";
import { decodeProps } from "../wire";
import { InputError } from "../errors";
import { SECRET_SIG, SIG_KEY } from "../../secrets";
import { packageRoot } from "../../package-root";
import { schemaProblem, terraformStateSchema } from "./schemas";

/** The generated map: Terraform type → token, and the shapes of the tokens' state. */
interface TerraformAwsMap {
    readonly bridgeCommit: string;
    readonly pulumiAws: string;
    readonly resources: Readonly<Record<string, string>>;
    readonly props: Readonly<Record<string, Shape>>;
    readonly types: Readonly<Record<string, Shape>>;
}
/** Property name → "s" scalar, "m" map, "o:<type>" one object, "l:<shape>" list. */
type Shape = Readonly<Record<string, string>>;

let loadedMap: TerraformAwsMap | undefined;
/** Read on first use only: most runs never see Terraform state. */
function awsMap(): TerraformAwsMap {
    loadedMap ??= JSON.parse(fs.readFileSync(path.join(packageRoot(), "data", "terraform-aws.generated.json"), "utf8")) as TerraformAwsMap;
    return loadedMap;
}

interface InstanceV4 {
    index_key?: string | number;
    status?: string;
    deposed?: string;
    attributes?: Record<string, unknown>;
    attributes_flat?: Record<string, string>;
    sensitive_attributes?: unknown[];
    dependencies?: string[];
}
interface ResourceV4 {
    module?: string;
    mode: string;
    type: string;
    name: string;
    instances: InstanceV4[];
}

/** Whether a document is Terraform state rather than a Pulumi document. */
export function isTerraformState(doc: Record<string, unknown>): boolean {
    return "terraform_version" in doc || ("lineage" in doc && "resources" in doc && !("deployment" in doc));
}

const camel = (snake: string): string => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The Pulumi name of a Terraform attribute among a shape's properties: the camelCase name, else
 * the forms the bridge renames to (a plural for lists, `restApi` for `rest_api_id`, a singular),
 * else undefined (the attribute is not part of the Pulumi resource).
 */
export function pulumiName(attribute: string, shape: Shape): string | undefined {
    const base = camel(attribute);
    const candidates = [base, `${base}s`, `${base}es`, base.replace(/y$/, "ies"), base.replace(/Ids?$/, ""), base.replace(/Ids$/, "s"), base.replace(/s$/, "")];
    return candidates.find((name) => name !== "" && Object.prototype.hasOwnProperty.call(shape, name));
}

/** A sensitive value while it is converted: re-wrapped as a secret once converted. */
class Sensitive {
    constructor(readonly value: unknown) {}
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Sensitive);
}

const secret = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, value });

/** A value kept as written, with any sensitive part inside it made a secret. */
function plain(value: unknown): unknown {
    if (value instanceof Sensitive) return secret(plain(value.value));
    if (Array.isArray(value)) return value.map(plain);
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    return value;
}

/** Converts one value to the given shape code. */
function convertValue(value: unknown, shape: string | undefined, map: TerraformAwsMap): unknown {
    if (value instanceof Sensitive) return secret(convertValue(value.value, shape, map));
    if (value === null || value === undefined) return undefined;
    if (shape === undefined) return convertUntyped(value);
    if (shape === "s" || shape === "m") return plain(value);
    if (shape.startsWith("l:")) return Array.isArray(value) ? value.map((item) => convertValue(item, shape.slice(2), map)) : plain(value);
    const typeShape = map.types[shape.slice(2)] ?? {};
    if (Array.isArray(value)) {
        // Terraform keeps every nested block as a list; Pulumi holds a one-block list as the object.
        if (value.length === 0) return undefined;
        if (value.length === 1) return convertObject(value[0], typeShape, map);
        return value.map((item) => convertObject(item, typeShape, map));
    }
    return isRecord(value) ? convertObject(value, typeShape, map) : plain(value);
}

function convertObject(value: unknown, shape: Shape, map: TerraformAwsMap): unknown {
    if (value instanceof Sensitive) return secret(convertObject(value.value, shape, map));
    if (!isRecord(value)) return plain(value);
    const out: Record<string, unknown> = {};
    for (const [attribute, attributeValue] of Object.entries(value)) {
        const name = pulumiName(attribute, shape);
        const converted = convertValue(attributeValue, name === undefined ? undefined : shape[name], map);
        if (converted !== undefined) out[name ?? camel(attribute)] = converted;
    }
    return out;
}

/** Without a shape: blocks (lists of objects) get camelCase keys; maps keep theirs. */
function convertUntyped(value: unknown): unknown {
    if (value instanceof Sensitive) return secret(convertUntyped(value.value));
    if (!Array.isArray(value)) return plain(value);
    return value.map((item) => (isRecord(item) ? Object.fromEntries(Object.entries(item).map(([k, v]) => [camel(k), convertUntyped(v)])) : convertUntyped(item)));
}

/** Marks each sensitive path of the attributes in place (on a copy of the containers it walks). */
function markSensitive(attributes: Record<string, unknown>, paths: readonly unknown[], address: string, file: string): Record<string, unknown> {
    const root: Record<string, unknown> = { ...attributes };
    for (const rawPath of paths) {
        if (!Array.isArray(rawPath) || rawPath.length === 0) throw new InputError(file, `${address}: sensitive_attributes holds ${JSON.stringify(rawPath)}, not a path`);
        let container: Record<string, unknown> | unknown[] = root;
        for (let i = 0; i < rawPath.length; i++) {
            const key = stepKey(rawPath[i], address, file);
            const current: unknown = (container as Record<string | number, unknown>)[key];
            if (i === rawPath.length - 1 || current === null || typeof current !== "object" || current instanceof Sensitive) {
                // The last step, or a path reaching past its value: the value from here on is sensitive.
                if (current !== undefined && !(current instanceof Sensitive)) (container as Record<string | number, unknown>)[key] = new Sensitive(current);
                break;
            }
            const copy: Record<string, unknown> | unknown[] = Array.isArray(current) ? [...(current as unknown[])] : { ...(current as Record<string, unknown>) };
            (container as Record<string | number, unknown>)[key] = copy;
            container = copy;
        }
    }
    return root;
}

/** A path step's key: an attribute name, or a list index / map key (cty's `{ value, type }`). */
function stepKey(step: unknown, address: string, file: string): string | number {
    const record = isRecord(step) ? step : {};
    if (record.type === "get_attr" && typeof record.value === "string") return record.value;
    if (record.type === "index") {
        const key = isRecord(record.value) ? record.value.value : record.value;
        if (typeof key === "string" || typeof key === "number") return key;
    }
    throw new InputError(file, `${address}: sensitive_attributes has a path step ${JSON.stringify(step)} that is not a get_attr or index step`);
}

/** `module.net.aws_vpc.main[0]`, `aws_s3_bucket.logs["eu"]`, `data.aws_caller_identity.me`. */
function instanceAddress(resource: ResourceV4, instance: InstanceV4): string {
    const base = `${resource.module ? `${resource.module}.` : ""}${resource.mode === "data" ? "data." : ""}${resource.type}.${resource.name}`;
    if (instance.index_key === undefined) return base;
    return `${base}[${typeof instance.index_key === "number" ? instance.index_key : JSON.stringify(instance.index_key)}]`;
}

/** Adds a value to a key's list (a resource with `count` has one entry per instance). */
function appendTo(map: Map<string, string[]>, key: string, value: string): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

/** What a Terraform state read produced: the resources, and what was not judged, as sentences. */
export interface TerraformStateResources {
    readonly resources: ResourceUnderTest[];
    readonly notices: string[];
}

/** Converts a Terraform state document; throws InputError on anything malformed. */
export function fromTerraformState(file: string, doc: Record<string, unknown>): TerraformStateResources {
    if (doc.version !== 4) {
        throw new InputError(file, `Terraform state format version ${JSON.stringify(doc.version)} is not supported; expected version 4 (Terraform 0.12 and later: refresh the state with a current Terraform to upgrade it)`);
    }
    const problem = schemaProblem(terraformStateSchema, doc);
    if (problem) throw new InputError(file, `not valid Terraform state: ${problem}`);
    const map = awsMap();
    const lineage = typeof doc.lineage === "string" && doc.lineage !== "" ? doc.lineage : "state";
    const unmapped = new Map<string, string[]>();
    let dataSources = 0;
    let deposed = 0;
    const urnsByConfigAddress = new Map<string, string[]>();
    const pending: Array<{ resource: ResourceUnderTest; dependencies: readonly string[] }> = [];
    const seen = new Set<string>();
    for (const resource of doc.resources as ResourceV4[]) {
        if (resource.mode === "data") {
            dataSources += resource.instances.length;
            continue;
        }
        const token = map.resources[resource.type];
        for (const instance of resource.instances) {
            const address = instanceAddress(resource, instance);
            if (instance.deposed) {
                deposed++;
                continue;
            }
            if (!token) {
                appendTo(unmapped, resource.type, address);
                continue;
            }
            if (instance.attributes === undefined && instance.attributes_flat !== undefined) {
                throw new InputError(file, `${address} is stored in the pre-0.12 flat format (attributes_flat); refresh the state with a current Terraform to upgrade it`);
            }
            if (seen.has(address)) throw new InputError(file, `${address} appears twice in the state`);
            seen.add(address);
            const marked = markSensitive(instance.attributes ?? {}, instance.sensitive_attributes ?? [], address, file);
            const decoded = decodeProps(convertObject(marked, map.props[token] ?? {}, map));
            const urn = `urn:pulumi:terraform::${lineage}::${token}::${address}`;
            const configAddress = `${resource.module ? `${resource.module.replace(/\[[^\]]*\]/g, "")}.` : ""}${resource.type}.${resource.name}`;
            appendTo(urnsByConfigAddress, configAddress, urn);
            pending.push({
                resource: {
                    type: token,
                    urn,
                    name: address,
                    // One set of attributes: what resource rules read as inputs and stack rules as outputs.
                    props: decoded.props,
                    outputs: decoded.props,
                    secretPaths: decoded.secretPaths,
                    unreadablePaths: decoded.unreadablePaths,
                    outputSecretPaths: decoded.secretPaths,
                    outputUnreadablePaths: decoded.unreadablePaths,
                },
                dependencies: instance.dependencies ?? [],
            });
        }
    }
    const resources = pending.map(({ resource, dependencies }) => {
        const urns = dependencies.flatMap((d) => urnsByConfigAddress.get(d.replace(/\[[^\]]*\]/g, "")) ?? []);
        return urns.length > 0 ? { ...resource, dependencies: urns } : resource;
    });
    return { resources, notices: notices(unmapped, dataSources, deposed) };
}

function notices(unmapped: ReadonlyMap<string, readonly string[]>, dataSources: number, deposed: number): string[] {
    const out: string[] = [];
    for (const [type, addresses] of [...unmapped].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const why = type.startsWith("aws_") ? "no Pulumi AWS type is mapped to it" : "not an AWS resource";
        const shown = addresses.slice(0, 3).join(", ") + (addresses.length > 3 ? `, and ${addresses.length - 3} more` : "");
        out.push(`not judged: ${addresses.length} ${type} (${why}): ${shown}`);
    }
    if (dataSources > 0) out.push(`not judged: ${dataSources} data source instance${dataSources === 1 ? "" : "s"} (data sources read infrastructure, they do not manage it)`);
    if (deposed > 0) out.push(`not judged: ${deposed} deposed object${deposed === 1 ? "" : "s"} (replaced, waiting to be destroyed)`);
    return out;
}
