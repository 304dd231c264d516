/**
 * Just-in-time exemptions: a policy, the resources (URN globs) it is lifted for, why, who asked,
 * who approved, and an expiry after which it stops working on its own. A malformed file is an
 * error, never silently ignored.
 */
import * as fs from "node:fs";
import type AjvClass from "ajv";
import type { ValidateFunction } from "ajv";
import type picomatchFunction from "picomatch";
import type * as Yaml from "yaml";
import type { ExemptionGrant } from "../policy";
import { type Clock, systemClock } from "./clock";
import { updateLockedFile } from "./locked-file";
import { SCHEMA_FORMATS } from "./date-time";
import { precompiledValidator } from "../precompiled-validators";
import type { Signature } from "./signing";
import type { TrustProblem, TrustVerdict } from "./exemption-trust";

/** A time-boxed, approved lift of one policy on the resources its URN globs match. */
export interface Exemption {
    /** A unique id, named in messages and the decision log. */
    readonly id: string;
    /** The policy it lifts. */
    readonly policy: string;
    /** URN globs (`*` within a segment, `**` across): `urn:pulumi:prod::web::aws:s3/bucket:Bucket::logs`. */
    readonly resources: readonly string[];
    /** Why it is needed. */
    readonly reason: string;
    /** Who asked for it. */
    readonly requestedBy: string;
    /** Who approved it (never the requester); absent while it awaits approval. */
    readonly approvedBy?: string;
    /** The environments it may be used in; an entry without them is honoured only where signatures are not required. */
    readonly environments?: readonly string[];
    /** The requester's and the approver's signatures over the entry (see `signedBodyOf`). */
    readonly signatures?: { readonly requester?: Signature; readonly approver?: Signature };
    /** When it was created (ISO 8601). */
    readonly createdAt: string;
    /** When it stops applying (ISO 8601). */
    readonly expiresAt: string;
    /** Only this identity (the deployment's actor) may use it. */
    readonly actor?: string;
    /** Not usable before this time (defaults to createdAt). */
    readonly notBefore?: string;
    /** Revoked entries stay in the file for history and have no effect. */
    readonly revokedAt?: string;
    /** Who revoked it. */
    readonly revokedBy?: string;
    /** Why it was revoked. */
    readonly revokeReason?: string;
}

/** An exemptions file (YAML or JSON), as `exemptionsSchema` describes it. */
export interface ExemptionsFile {
    /** The file format version. */
    readonly version: 1;
    /** Every exemption, active or not. */
    readonly exemptions: readonly Exemption[];
}

const signatureSchema = {
    type: "object",
    required: ["keyId", "fingerprint", "value"],
    additionalProperties: false,
    properties: { keyId: { type: "string", minLength: 1 }, fingerprint: { type: "string", minLength: 1 }, value: { type: "string", minLength: 1 } },
} as const;

/** JSON schema of an exemptions file. */
export const exemptionsSchema = {
    type: "object",
    required: ["version", "exemptions"],
    additionalProperties: false,
    properties: {
        version: { const: 1 },
        exemptions: {
            type: "array",
            items: {
                type: "object",
                required: ["id", "policy", "resources", "reason", "requestedBy", "createdAt", "expiresAt"],
                additionalProperties: false,
                properties: {
                    id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" },
                    policy: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
                    resources: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
                    reason: { type: "string", minLength: 1 },
                    requestedBy: { type: "string", minLength: 1 },
                    approvedBy: { type: "string", minLength: 1 },
                    createdAt: { type: "string", format: "date-time" },
                    expiresAt: { type: "string", format: "date-time" },
                    actor: { type: "string", minLength: 1 },
                    notBefore: { type: "string", format: "date-time" },
                    revokedAt: { type: "string", format: "date-time" },
                    revokedBy: { type: "string", minLength: 1 },
                    revokeReason: { type: "string", minLength: 1 },
                    environments: { type: "array", minItems: 1, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" } },
                    signatures: {
                        type: "object",
                        additionalProperties: false,
                        properties: { requester: signatureSchema, approver: signatureSchema },
                    },
                },
            },
        },
    },
} as const;

/** An exemptions file that is not well-formed; the message names the file and the entry. */
export class ExemptionsError extends Error {
    constructor(file: string, problem: string) {
        super(`${file}: ${problem}`);
        this.name = "ExemptionsError";
    }
}

export { DATE_TIME } from "./date-time";
let compiled: ValidateFunction | undefined;

/**
 * The schema validator, built on first use: a pack without exemptions must not pay for loading
 * and compiling it at start-up (every preview starts the pack).
 */
function validator(): ValidateFunction {
    if (!compiled) {
        // The build's generated validator when there is one (see precompiled-validators.ts).
        compiled = precompiledValidator(exemptionsSchema);
        if (!compiled) {
            // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
            const Ajv = (require("ajv") as { default: typeof AjvClass }).default;
            // validateSchema: false — a constant schema, checked against the meta-schema by tests/json-schemas.test.ts.
            compiled = new Ajv({ allErrors: false, strict: false, validateSchema: false, formats: { ...SCHEMA_FORMATS } }).compile(exemptionsSchema);
        }
    }
    return compiled;
}

/** Limits a reader applies to an exemptions file as a whole (per-environment rules are judged per entry). */
export interface ExemptionRules {
    /** The longest an exemption may last, from createdAt to expiresAt (default 7 days). */
    readonly maxDurationMs?: number;
}

/** The longest an exemption may last unless an environment says otherwise: 7 days. */
export const DEFAULT_MAX_DURATION_MS = 7 * 86_400_000;

/** Validates a parsed exemptions document; throws ExemptionsError naming the first problem. */
export function checkExemptions(file: string, document: unknown, rules: ExemptionRules = {}): ExemptionsFile {
    const validate = validator();
    if (!validate(document)) {
        const [first] = validate.errors ?? [];
        const where = first?.instancePath ? first.instancePath.replace(/^\//, "").replace(/\//g, ".") : "the document";
        const what = first?.keyword === "required" ? `is missing "${(first.params as { missingProperty: string }).missingProperty}"` : first?.message ?? "is invalid";
        throw new ExemptionsError(file, `${where} ${what}`);
    }
    const doc = document as ExemptionsFile;
    const max = rules.maxDurationMs ?? DEFAULT_MAX_DURATION_MS;
    const seen = new Set<string>();
    for (const e of doc.exemptions) {
        if (seen.has(e.id)) throw new ExemptionsError(file, `exemption ${e.id} appears twice`);
        seen.add(e.id);
        const created = Date.parse(e.createdAt);
        const expires = Date.parse(e.expiresAt);
        if (expires <= created) throw new ExemptionsError(file, `exemption ${e.id} expires before it was created`);
        if (expires - created > max) {
            throw new ExemptionsError(file, `exemption ${e.id} lasts ${Math.round((expires - created) / 3_600_000)} h, longer than the allowed ${Math.round(max / 3_600_000)} h`);
        }
        // Four eyes and approver lists are judged per entry (judgeTrust): a self-approved entry
        // does not apply, and the report says why, instead of the whole file failing.
        if (e.notBefore && Date.parse(e.notBefore) >= expires) throw new ExemptionsError(file, `exemption ${e.id} expires before its notBefore time`);
        if ((e.revokedAt === undefined) !== (e.revokeReason === undefined)) {
            throw new ExemptionsError(file, `exemption ${e.id} must have both revokedAt and revokeReason, or neither`);
        }
    }
    return doc;
}

/** Reads and validates an exemptions file (YAML or JSON). */
export function readExemptionsFile(file: string, rules: ExemptionRules = {}): ExemptionsFile {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (error) {
        throw new ExemptionsError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    let document: unknown;
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see validator()
        document = (require("yaml") as typeof Yaml).parse(text); // YAML is a superset of JSON
    } catch (error) {
        throw new ExemptionsError(file, `is not valid YAML or JSON (${error instanceof Error ? error.message.split("\n")[0] : "parse error"})`);
    }
    return checkExemptions(file, document ?? { version: 1, exemptions: [] }, rules);
}

/** An exemptions document as text: YAML for a `.yaml`/`.yml` file, JSON otherwise. */
export function formatExemptionsFile(file: string, document: ExemptionsFile): string {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see validator()
    return /\.ya?ml$/i.test(file) ? (require("yaml") as typeof Yaml).stringify(document) : `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Read-modify-write of an exemptions file, safe against concurrent writers (several `exempt add`,
 * `approve` or `revoke` at once): see `updateLockedFile`. `change` runs under the lock, so it must
 * read the file itself; what it returns as `result` is passed on. Failures are ExemptionsErrors
 * naming the file.
 */
export async function updateExemptionsFile<T>(file: string, change: () => { readonly document: ExemptionsFile; readonly result: T }): Promise<T> {
    return updateLockedFile(
        file,
        () => {
            const { document, result } = change();
            return { text: formatExemptionsFile(file, document), result };
        },
        (problem) => new ExemptionsError(file, problem),
    );
}

/** Whether an exemption applies now, and if not, why not (time, actor, or trust: see `judgeTrust`). */
export type ExemptionStatus = "active" | "expired" | "not-yet-valid" | "revoked" | "other-actor" | TrustProblem;

/** What `currentActor` answers when it cannot tell who deploys. */
export const UNKNOWN_ACTOR = "unknown";

/**
 * Whether an exemption applies now for this actor. An actor-bound exemption applies only to its
 * actor; with no actor given it does not apply, unless `anyActor` (listing, not enforcing).
 */
export function exemptionStatus(exemption: Exemption, now: Date, actor?: string, anyActor = false): ExemptionStatus {
    if (exemption.revokedAt && now.getTime() >= Date.parse(exemption.revokedAt)) return "revoked";
    if (now.getTime() < Date.parse(exemption.notBefore ?? exemption.createdAt)) return "not-yet-valid";
    if (now.getTime() >= Date.parse(exemption.expiresAt)) return "expired";
    // Bound to an identity: applies only to that one, never to an actor nobody can tell.
    if (exemption.actor && (actor === undefined ? !anyActor : actor === UNKNOWN_ACTOR || exemption.actor !== actor)) return "other-actor";
    return "active";
}

/** Why an exemption did not apply, in words for reports and the decision log. */
export function whyNotApplied(exemption: Exemption, status: ExemptionStatus): string {
    switch (status) {
        case "wrong-environment":
            return `exemption ${exemption.id} is for ${exemption.environments?.join(", ") ?? "other environments"}`;
        case "too-long":
            return `exemption ${exemption.id} lasts longer than this environment allows`;
        case "unsigned":
            return `exemption ${exemption.id} is not signed`;
        case "unapproved":
            return `exemption ${exemption.id} is not approved`;
        case "self-approved":
            return `exemption ${exemption.id} is approved by its own requester`;
        case "tampered":
            return `exemption ${exemption.id} was changed after it was signed`;
        case "untrusted":
            return `exemption ${exemption.id} is signed or approved by someone not trusted here`;
        case "revoked":
            return `exemption ${exemption.id} was revoked at ${exemption.revokedAt} (${exemption.revokeReason ?? "no reason given"})`;
        case "expired":
            return `exemption ${exemption.id} expired at ${exemption.expiresAt}`;
        case "not-yet-valid":
            return `exemption ${exemption.id} is not valid before ${exemption.notBefore ?? exemption.createdAt}`;
        case "other-actor":
            return `exemption ${exemption.id} is bound to ${exemption.actor}, not the current actor`;
        default:
            return `exemption ${exemption.id} applies`;
    }
}

/**
 * A matcher for a URN glob (`*` within, `**` across segments). URN segments contain "/"
 * (aws:s3/bucket:Bucket), so slashes are matched as plain text, not as path separators.
 */
export function urnMatcher(glob: string): (urn: string) => boolean {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see validator()
    const picomatch = require("picomatch") as typeof picomatchFunction;
    const match = picomatch(glob.replace(/\//g, "\u0000"), { dot: true });
    return (urn) => match(urn.replace(/\//g, "\u0000"));
}

/** Judges an exemption's environment, length and signatures; the default trusts every well-formed entry. */
export type ExemptionJudge = (exemption: Exemption) => TrustVerdict;

const trustNames: ExemptionJudge = (e) =>
    e.approvedBy === undefined
        ? { ok: false, status: "unapproved", reason: `exemption ${e.id} awaits approval` }
        : { ok: true, requestedBy: e.requestedBy, approvedBy: e.approvedBy, signed: false };

/** An exemption's status and, when it does not apply, the reason in words. */
export interface JudgedExemption {
    /** The exemption judged. */
    readonly exemption: Exemption;
    /** Whether it applies, and if not, why not. */
    readonly status: ExemptionStatus;
    /** Why it does not apply, in words (empty when it applies). */
    readonly reason: string;
    /** Set when it applies: who asked and who approved, as verified. */
    readonly trust?: Extract<TrustVerdict, { ok: true }>;
}

/** Answers "is this policy lifted for this resource, now?" — with an index by policy. */
export class ExemptionIndex {
    private readonly byPolicy = new Map<string, Array<{ exemption: Exemption; matches: (urn: string) => boolean }>>();

    constructor(
        /** The validated exemptions file it indexes. */
        readonly file: ExemptionsFile,
        private readonly clock: Clock = systemClock,
        /** The identity running the deployment; actor-bound exemptions apply to it only. */
        private readonly actor?: string,
        /** Trust: environment, length, signatures (governance supplies it; by default names are trusted). */
        private readonly judge: ExemptionJudge = trustNames,
    ) {
        for (const exemption of file.exemptions) {
            const matchers = exemption.resources.map(urnMatcher);
            const entry = { exemption, matches: (urn: string) => matchers.some((m) => m(urn)) };
            const list = this.byPolicy.get(exemption.policy);
            if (list) list.push(entry);
            else this.byPolicy.set(exemption.policy, [entry]);
        }
    }

    /** The exemptions naming this policy and resource, active or not. */
    matching(policy: string, urn: string): Exemption[] {
        return (this.byPolicy.get(policy) ?? []).filter((e) => e.matches(urn)).map((e) => e.exemption);
    }

    /** Judges one exemption now: trust first (a forged entry is reported as forged, whatever its dates), then time and actor. */
    judged(exemption: Exemption): JudgedExemption {
        const trust = this.judge(exemption);
        if (!trust.ok) return { exemption, status: trust.status, reason: trust.reason };
        const status = exemptionStatus(exemption, this.clock(), this.actor);
        return status === "active" ? { exemption, status, reason: "", trust } : { exemption, status, reason: whyNotApplied(exemption, status) };
    }

    /** The active exemption covering this policy and resource, if any. */
    grantFor(policy: string, urn: string): ExemptionGrant | undefined {
        for (const exemption of this.matching(policy, urn)) {
            const { trust } = this.judged(exemption);
            if (trust) return { id: exemption.id, approvedBy: trust.approvedBy, requestedBy: trust.requestedBy, expiresAt: exemption.expiresAt, reason: exemption.reason, signed: trust.signed };
        }
        return undefined;
    }

    /** Exemptions that matched a resource but do not apply, each with the reason, for reporting. */
    inactiveFor(policy: string, urn: string): JudgedExemption[] {
        return this.matching(policy, urn)
            .map((exemption) => this.judged(exemption))
            .filter((e) => e.status !== "active");
    }
}
