/**
 * Secret-ness by origin. The engine tells which property values are secret (the secret
 * signature on the wire, `{sig, ciphertext}` / `{sig, plaintext}` in a stack export, `[secret]`
 * in preview JSON); rules see plain values. So a rule's props are watched: reading a secret
 * value (or anything inside one: keys, items, a string to be parsed) marks the rule run as
 * having seen secrets, and what that run reports is withheld at one boundary (see
 * policy.ts). Nothing is scrubbed by searching text for secret strings: a secret `true` or
 * `80` must not turn unrelated words into `[secret]`, and a value derived from a secret (a
 * parsed IAM action, a tag key) would not be found by such a search anyway.
 *
 * An unreadable secret (encrypted, masked) that a rule reads throws `SecretValueError`, so the
 * rule cannot pass on a value it never saw: the run becomes a "could not judge" note.
 */
import { propertyPath } from "./property-path";
import { IS_PROXY, PROXY_TARGET } from "./sdk";

/** The key that marks a special value (secret, asset, resource reference) in the engine's encoding. */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
/** The signature value of a secret in the engine's encoding. */
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/** A path into a property bag: `["ingress", 0, "cidrBlocks"]`. */
export type PathSegments = ReadonlyArray<string | number>;

/** Where a resource's secret values sit in its props. */
export interface SecretMarks {
    /** Secret values whose plain value the rules see (decrypted by the engine, or `plaintext`). */
    readonly secret: readonly PathSegments[];
    /** Secret values no rule can read here (encrypted in a stack export, `[secret]` in preview JSON). */
    readonly unreadable?: readonly PathSegments[];
}

/** Secret marks by URN (resources and providers), as the evaluator or the protocol request knows them. */
export type SecretMarksLookup = (urn: string) => SecretMarks | undefined;

/** Thrown when a rule reads a secret value that cannot be read here (it is encrypted or masked). */
export class SecretValueError extends Error {
    constructor(
        /** The property read, e.g. `policy` or `spec.containers[0].image`. */
        readonly path: string,
    ) {
        super(`\`${path}\` is secret and cannot be read here`);
        this.name = "SecretValueError";
    }
}

/** True for a `SecretValueError`, also across copies of this module. */
export function isSecretValueError(error: unknown): error is SecretValueError {
    return error instanceof Error && error.name === "SecretValueError" && typeof (error as { path?: unknown }).path === "string";
}

interface MarkNode {
    secret: boolean;
    unreadable: boolean;
    children?: Map<string, MarkNode>;
}

/** Secret marks as a tree keyed by path segment, for a look-up per property read. */
export class MarkTree {
    private constructor(readonly root: MarkNode) {}

    /** The tree of `marks`, or undefined when there is no secret at all (then nothing is watched). */
    static of(marks: SecretMarks | undefined): MarkTree | undefined {
        if (!marks || (marks.secret.length === 0 && (marks.unreadable?.length ?? 0) === 0)) return undefined;
        const root: MarkNode = { secret: false, unreadable: false };
        const place = (path: PathSegments): MarkNode => {
            let node = root;
            for (const segment of path) {
                node.children ??= new Map();
                const key = String(segment);
                let child = node.children.get(key);
                if (!child) node.children.set(key, (child = { secret: false, unreadable: false }));
                node = child;
            }
            return node;
        };
        for (const path of marks.secret) place(path).secret = true;
        for (const path of marks.unreadable ?? []) Object.assign(place(path), { secret: true, unreadable: true });
        return new MarkTree(root);
    }

    /** True when the value at `segments` is secret, lies inside a secret, or holds one. */
    touches(segments: PathSegments): boolean {
        let node: MarkNode | undefined = this.root;
        for (const segment of segments) {
            if (node.secret) return true;
            node = node.children?.get(String(segment));
            if (!node) return false;
        }
        return node.secret || node.children !== undefined;
    }

    /**
     * The path shortened to the first secret value on it (what may be shown of a path into a
     * secret), or the path itself when no secret is on it.
     */
    secretPrefix(segments: PathSegments): PathSegments | undefined {
        let node: MarkNode | undefined = this.root;
        for (let i = 0; i < segments.length; i++) {
            if (node.secret) return segments.slice(0, i);
            node = node.children?.get(String(segments[i]));
            if (!node) return undefined;
        }
        return node.secret ? segments : undefined;
    }
}

/** What one rule run read of secret and unreadable values. */
export class SecretWatch {
    // Made on first use: a watch is made for every rule run, and most runs read no secret.
    private read: Set<string> | undefined;
    private missed: Array<{ readonly path: string; readonly why: "secret" | "unknown" }> | undefined;

    /** The secret values read, by path (the outermost secret: never a key inside one). */
    get secretsRead(): ReadonlySet<string> {
        return this.read ?? NOTHING_READ;
    }

    /** Values the rule needed and could not read: secret (unreadable) or unknown during preview. */
    get unjudged(): ReadonlyArray<{ readonly path: string; readonly why: "secret" | "unknown" }> {
        return this.missed ?? NOTHING_MISSED;
    }

    /** True once the rule has read a secret value: what it reports may contain it. */
    get sawSecrets(): boolean {
        return this.read !== undefined && this.read.size > 0;
    }

    /** Notes a secret value the rule read, by path. */
    noteRead(path: string): void {
        (this.read ??= new Set()).add(path);
    }

    /** Notes a value the rule could not read. */
    couldNotRead(path: string, why: "secret" | "unknown"): void {
        const missed = (this.missed ??= []);
        if (!missed.some((u) => u.path === path && u.why === why)) missed.push({ path, why });
    }
}

const NOTHING_READ: ReadonlySet<string> = new Set();
const NOTHING_MISSED: ReadonlyArray<{ readonly path: string; readonly why: "secret" | "unknown" }> = Object.freeze([]);

/** Marks every secret below `node` as read: the whole object was handed out. */
function readAllBelow(node: MarkNode | undefined, path: Array<string | number>, watch: SecretWatch): void {
    if (!node) return;
    if (node.secret) {
        watch.noteRead(propertyPath(...path) || "(all properties)");
        return;
    }
    for (const [key, child] of node.children ?? []) readAllBelow(child, [...path, key], watch);
}

function segmentOf(key: string): string | number {
    return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
}

/**
 * `props` seen through a watch: reads of secret values are noted in `watch`, reads of unreadable
 * ones throw `SecretValueError`. Values with no secret below them come back unwrapped, so a rule
 * pays for the watch only where secrets are.
 */
export function watchSecrets<T extends object>(props: T, tree: MarkTree, watch: SecretWatch): T {
    const cache = new WeakMap<object, object>();
    const wrap = (target: object, node: MarkNode | undefined, path: Array<string | number>, secretRoot: string | undefined): object => {
        const cached = cache.get(target);
        if (cached) return cached;
        const seen = () => {
            if (secretRoot !== undefined) watch.noteRead(secretRoot);
        };
        const proxy = new Proxy(target, {
            get(obj, key) {
                if (typeof key === "symbol" || key === IS_PROXY) return Reflect.get(obj, key);
                if (key === PROXY_TARGET) {
                    seen();
                    readAllBelow(node, path, watch);
                    return Reflect.get(obj, key);
                }
                const child = node?.children?.get(key);
                if (child === undefined && secretRoot === undefined) return Reflect.get(obj, key);
                const childPath = [...path, segmentOf(key)];
                if (child?.unreadable) {
                    const where = propertyPath(...childPath);
                    watch.couldNotRead(where, "secret");
                    throw new SecretValueError(where);
                }
                const value: unknown = Reflect.get(obj, key);
                if (typeof value === "function") return value;
                const root = secretRoot ?? (child?.secret ? propertyPath(...childPath) : undefined);
                if (root !== undefined) watch.noteRead(root);
                return value !== null && typeof value === "object" ? wrap(value, child, childPath, root) : value;
            },
            // Writes (remediation) go straight to the target, so the SDK's own proxies see them.
            set(obj, key, value) {
                return Reflect.set(obj, key, value);
            },
            has(obj, key) {
                seen();
                return Reflect.has(obj, key);
            },
            ownKeys(obj) {
                seen();
                return Reflect.ownKeys(obj);
            },
            getOwnPropertyDescriptor(obj, key) {
                seen();
                return Reflect.getOwnPropertyDescriptor(obj, key);
            },
        });
        cache.set(target, proxy);
        return proxy;
    };
    const root = tree.root.secret ? "(all properties)" : undefined;
    return wrap(props, tree.root, [], root) as T;
}

/**
 * The rule run in progress, for `known()`: a value a rule asked about and found unknown (or
 * unreadable) is noted, so a rule that then reports nothing is not counted as a pass. Set around
 * the synchronous part of a rule's validation (rules are synchronous).
 */
let currentWatch: SecretWatch | undefined;

/** Runs the synchronous part of `body` with `watch` as the current rule run. */
export function withWatch<A, R>(watch: SecretWatch, body: (argument: A) => R, argument: A): R {
    const previous = currentWatch;
    currentWatch = watch;
    try {
        return body(argument);
    } finally {
        currentWatch = previous;
    }
}

/** Notes, for the rule run in progress, a value it could not read. */
export function noteUnreadable(path: string, why: "secret" | "unknown"): void {
    currentWatch?.couldNotRead(path, why);
}

/** The text printed in place of a secret value. */
export const SECRET_PLACEHOLDER = "[secret]";

/**
 * Secret marks of props as the engine encodes them (a protocol request's Struct, a
 * RegisterResource request): every value wrapped in the secret signature is secret, and one whose
 * plain value is the placeholder `[secret]` is unreadable too. The engine decrypts what it sends,
 * so only a host that could not (an encrypted stack export, masked preview JSON) sends the
 * placeholder, and a rule must then say it could not judge, as it does in-process.
 * Paths inside a secret are not listed.
 */
export function secretMarksOfEncoded(raw: unknown): SecretMarks {
    const secret: PathSegments[] = [];
    const unreadable: PathSegments[] = [];
    const walk = (value: unknown, path: Array<string | number>): void => {
        if (value === null || typeof value !== "object") return;
        if (Array.isArray(value)) {
            value.forEach((item, i) => walk(item, [...path, i]));
            return;
        }
        const record = value as Record<string, unknown>;
        if (record[SIG_KEY] === SECRET_SIG) {
            secret.push(path);
            if (record.value === SECRET_PLACEHOLDER) unreadable.push(path);
            return;
        }
        for (const [key, item] of Object.entries(record)) walk(item, [...path, key]);
    };
    walk(raw, []);
    return unreadable.length > 0 ? { secret, unreadable } : { secret };
}
