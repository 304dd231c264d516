/**
 * Decoding the engine's JSON encoding of property values (as found in stack exports, preview
 * JSON and RegisterResource requests) into what a policy sees, and encoding props back for the
 * analyzer protocol. Signatures are from @pulumi/pulumi/runtime/rpc.js (specialSigKey and the
 * special*Sig constants); unknowns are the engine's sentinel strings (see resource.ts).
 */
import { SECRET_PLACEHOLDER, UNKNOWN_SENTINELS } from "../resource";

import { SECRET_SIG, SIG_KEY } from "../secrets";

export { SECRET_SIG, SIG_KEY } from "../secrets";
export const RESOURCE_REFERENCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
export const OUTPUT_VALUE_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

/** A path into a property bag: `["ingress", 0, "cidrBlocks"]`. */
export type PropertyPathSegments = ReadonlyArray<string | number>;

/** Props decoded from the engine's encoding, with where their secrets were. */
export interface DecodedProps {
    /** The props as a policy sees them: secrets unwrapped, unknowns as sentinel strings. */
    readonly props: Record<string, unknown>;
    /** Where secret values sit (readable or not): what the rules' reports withhold, and what is re-encoded as secret on the wire. */
    readonly secretPaths: PropertyPathSegments[];
    /** Those of them whose value is not in the document (encrypted, or masked as `[secret]`). */
    readonly unreadablePaths: PropertyPathSegments[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Decodes a property bag. Secrets become their plain value when the document carries it
 * (`value`, or `plaintext` from `--show-secrets`); an encrypted secret (`ciphertext`) or a
 * masked one (`"[secret]"`) becomes the string `[secret]`: present, but not readable offline.
 * Resource references become the referenced ID (or URN), as the engine sends them to analyzers.
 * Lists and objects that hold nothing to decode are returned as they are, not copied: the
 * result may share them with `raw`.
 */
export function decodeProps(raw: unknown): DecodedProps {
    const secretPaths: PropertyPathSegments[] = [];
    const unreadablePaths: PropertyPathSegments[] = [];

    // One path, pushed and popped as the walk goes: it is copied only where a secret is found.
    const path: (string | number)[] = [];
    const decode = (value: unknown, inSecret: boolean): unknown => {
        // Copied on write: a list or object none of whose values decode differently is kept as
        // it is, so plain props (most of a stack) allocate nothing.
        if (Array.isArray(value)) {
            let out: unknown[] | undefined;
            for (let i = 0; i < value.length; i++) {
                path.push(i);
                const decoded = decode(value[i], inSecret);
                path.pop();
                if (out === undefined && decoded !== value[i]) out = value.slice(0, i);
                if (out !== undefined) out.push(decoded);
            }
            return out ?? value;
        }
        if (value === SECRET_PLACEHOLDER && !inSecret) {
            secretPaths.push(path.slice());
            unreadablePaths.push(path.slice());
            return value;
        }
        if (!isRecord(value)) return value;
        const sig = value[SIG_KEY];
        if (sig === SECRET_SIG) {
            const readable = "value" in value || typeof value.plaintext === "string";
            const plain = "value" in value
                ? decode(value.value, true)
                : typeof value.plaintext === "string"
                  ? decode(safeJson(value.plaintext), true)
                  : SECRET_PLACEHOLDER;
            if (!inSecret) {
                secretPaths.push(path.slice());
                if (!readable) unreadablePaths.push(path.slice());
            }
            return plain;
        }
        if (sig === RESOURCE_REFERENCE_SIG) {
            const id = value.id;
            return typeof id === "string" && id !== "" ? id : value.urn;
        }
        if (sig === OUTPUT_VALUE_SIG) {
            if (!("value" in value)) return UNKNOWN_SENTINELS.string;
            if (value.secret === true) return decode({ [SIG_KEY]: SECRET_SIG, value: value.value }, inSecret);
            return decode(value.value, inSecret);
        }
        let out: Record<string, unknown> | undefined;
        const keys = Object.keys(value);
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            path.push(k);
            const decoded = decode(value[k], inSecret);
            path.pop();
            if (out === undefined && decoded !== value[k]) {
                out = {};
                for (let j = 0; j < i; j++) out[keys[j]] = value[keys[j]];
            }
            if (out !== undefined) out[k] = decoded;
        }
        return out ?? value;
    };

    const props = isRecord(raw) ? (decode(raw, false) as Record<string, unknown>) : {};
    return { props, secretPaths, unreadablePaths };
}

function safeJson(text: string): unknown {
    try {
        return JSON.parse(text);
    } catch {
        return text;
    }
}

/**
 * Props as the engine marshals them for an analyzer (KeepUnknowns, KeepSecrets): unknowns stay
 * sentinel strings, values at `secretPaths` are wrapped in the secret signature, undefined is
 * dropped.
 */
export function encodeProps(props: Record<string, unknown>, secretPaths: readonly PropertyPathSegments[] = []): Record<string, unknown> {
    const copy = JSON.parse(JSON.stringify(props ?? {})) as Record<string, unknown>;
    // Deepest paths first, so wrapping a parent does not hide a child's path.
    const ordered = [...secretPaths].sort((a, b) => b.length - a.length);
    let root: unknown = copy;
    for (const path of ordered) {
        if (path.length === 0) {
            root = { [SIG_KEY]: SECRET_SIG, value: root };
            continue;
        }
        const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], root);
        const last = path[path.length - 1];
        if (parent !== null && typeof parent === "object" && last in (parent as object)) {
            const holder = parent as Record<string | number, unknown>;
            holder[last] = { [SIG_KEY]: SECRET_SIG, value: holder[last] };
        }
    }
    return root as Record<string, unknown>;
}
