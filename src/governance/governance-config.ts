/**
 * The governance config: per environment, whether exemptions and provisioning keys must be signed,
 * who may approve and how long an exemption may last; the trusted public keys with the roles they
 * may sign for, per environment; and retired provisioning keys. It ships with the published pack
 * (`config/governance.json`) and is the platform team's: nothing the deployer sets replaces it
 * in a pack that ships one.
 *
 * ```json
 * { "environments": { "prod": { "requireSignatures": true, "maxExemptionHours": 24 } },
 *   "trustedKeys": [{ "id": "ciso", "publicKey": "MCowBQYDK2VwAyEA…", "roles": { "approver": ["prod"] } }],
 *   "retiredKeys": [{ "id": "gk-prod-…", "replacedBy": "gk-prod-…", "graceUntil": "2026-12-03T10:00:00Z" }] }
 * ```
 *
 * An environment the file lists (under `environments`, or in a trusted key's roles) requires
 * signatures unless it says `"requireSignatures": false`.
 */
import * as fs from "node:fs";
import type { KeyObject } from "node:crypto";
import type AjvClass from "ajv";
import type { ValidateFunction } from "ajv";
import { decodePublicKey, fingerprintOf } from "./signing";
import { updateLockedFile } from "./locked-file";
import { precompiledValidator } from "../precompiled-validators";

/** What a trusted key may sign. */
export const TRUST_ROLES = ["requester", "approver", "issuer"] as const;
/** A role: requester (asks for exemptions), approver (the second pair of eyes), issuer (provisioning keys). */
export type TrustRole = (typeof TRUST_ROLES)[number];

/** A trusted public key and the environments it may sign for in each role (`*`: every environment). */
export interface TrustedKey {
    /** Who holds it; reports name signers by this id. */
    readonly id: string;
    /** The Ed25519 public key, base64 of its SPKI DER. */
    readonly publicKey: string;
    /** The environments it may sign for, per role. */
    readonly roles: Readonly<Partial<Record<TrustRole, readonly string[]>>>;
}

/** A provisioning key replaced by another: valid until `graceUntil`, never after. */
export interface RetiredKey {
    /** The retired key's id. */
    readonly id: string;
    /** The key that replaced it. */
    readonly replacedBy: string;
    /** The end of its grace period (ISO 8601). */
    readonly graceUntil: string;
}

/** One environment's governance settings. */
export interface EnvironmentGovernance {
    /** Exemptions and keys must be signed by trusted keys (default true for a listed environment). */
    readonly requireSignatures?: boolean;
    /** Names that may approve unsigned exemptions where signatures are not required. */
    readonly approvers?: readonly string[];
    /** The longest an exemption may last, in hours (default 168). */
    readonly maxExemptionHours?: number;
}

/** A governance config document. */
export interface GovernanceDocument {
    /** Settings per environment. */
    readonly environments?: Readonly<Record<string, EnvironmentGovernance>>;
    /** The public keys trusted to sign, with their roles per environment. */
    readonly trustedKeys?: readonly TrustedKey[];
    /** Provisioning keys rotated out, each valid until its grace period ends. */
    readonly retiredKeys?: readonly RetiredKey[];
}

const ENV_NAME = "^[A-Za-z0-9*][A-Za-z0-9._-]{0,63}$";
const envList = { type: "array", items: { type: "string", pattern: ENV_NAME } } as const;

/** JSON schema of a governance config. */
export const governanceSchema = {
    type: "object",
    additionalProperties: false,
    properties: {
        $schema: { type: "string" },
        environments: {
            type: "object",
            propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" },
            additionalProperties: {
                type: "object",
                additionalProperties: false,
                properties: {
                    requireSignatures: { type: "boolean" },
                    approvers: { type: "array", items: { type: "string", minLength: 1 } },
                    maxExemptionHours: { type: "number", exclusiveMinimum: 0 },
                },
            },
        },
        trustedKeys: {
            type: "array",
            items: {
                type: "object",
                required: ["id", "publicKey", "roles"],
                additionalProperties: false,
                properties: {
                    id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.@_-]{0,63}$" },
                    publicKey: { type: "string", minLength: 1 },
                    roles: { type: "object", additionalProperties: false, properties: { requester: envList, approver: envList, issuer: envList } },
                },
            },
        },
        retiredKeys: {
            type: "array",
            items: {
                type: "object",
                required: ["id", "replacedBy", "graceUntil"],
                additionalProperties: false,
                properties: { id: { type: "string", minLength: 1 }, replacedBy: { type: "string", minLength: 1 }, graceUntil: { type: "string", minLength: 1 } },
            },
        },
    },
} as const;

/** A governance config that cannot be used; the message names the file and the problem. */
export class GovernanceConfigError extends Error {
    constructor(file: string, problem: string) {
        super(`${file}: ${problem}`);
        this.name = "GovernanceConfigError";
    }
}

let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
    // validateSchema: false — a constant schema, checked against the meta-schema by tests/json-schemas.test.ts;
    // checking it again at run time compiles the meta-schema, about 0.03 s of every governed command.
    // The build's generated validator when there is one (see precompiled-validators.ts).
    compiled ??=
        precompiledValidator(governanceSchema) ??
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use: a pack without governance must not pay for it
        new ((require("ajv") as { default: typeof AjvClass }).default)({ allErrors: false, strict: false, validateSchema: false }).compile(governanceSchema);
    return compiled;
}

/** The longest an exemption may last unless an environment says otherwise: 7 days. */
export const DEFAULT_MAX_EXEMPTION_MS = 7 * 86_400_000;

/** A validated governance config, with the questions verification asks of it. */
export class GovernanceConfig {
    private readonly keys: ReadonlyArray<{ entry: TrustedKey; key: KeyObject; fingerprint: string }>;

    constructor(
        /** The document it was read from. */
        readonly document: GovernanceDocument,
        /** Where it came from, for messages ("the shipped config/governance.json", a path). */
        readonly source: string,
    ) {
        this.keys = (document.trustedKeys ?? []).map((entry) => {
            let key: KeyObject;
            try {
                key = decodePublicKey(entry.publicKey);
            } catch (error) {
                throw new GovernanceConfigError(source, `trusted key ${entry.id} is not a usable Ed25519 public key (${error instanceof Error ? error.message : "error"})`);
            }
            return { entry, key, fingerprint: fingerprintOf(key) };
        });
    }

    /** Whether the file names this environment (under `environments` or in a trusted key's roles). */
    lists(environment: string): boolean {
        if (this.document.environments?.[environment]) return true;
        return this.keys.some(({ entry }) => Object.values(entry.roles).some((envs) => envs?.includes(environment)));
    }

    /** Whether exemptions and provisioning keys must be signed in this environment. */
    requiresSignatures(environment: string): boolean {
        return this.lists(environment) && (this.document.environments?.[environment]?.requireSignatures ?? true);
    }

    /** Whether any environment requires signatures. */
    requiresSignaturesAnywhere(): boolean {
        const named = new Set([
            ...Object.keys(this.document.environments ?? {}),
            ...this.keys.flatMap(({ entry }) => Object.values(entry.roles).flatMap((envs) => envs ?? [])).filter((e) => e !== "*"),
        ]);
        return [...named].some((env) => this.requiresSignatures(env));
    }

    /** The longest an exemption may last in this environment. */
    maxExemptionMs(environment: string): number {
        const hours = this.document.environments?.[environment]?.maxExemptionHours;
        return hours === undefined ? DEFAULT_MAX_EXEMPTION_MS : hours * 3_600_000;
    }

    /** Names that may approve unsigned exemptions in this environment, if the config limits them. */
    approvers(environment: string): readonly string[] | undefined {
        return this.document.environments?.[environment]?.approvers;
    }

    /** The trusted key with this fingerprint, whatever it may sign. */
    keyByFingerprint(fingerprint: string): { readonly entry: TrustedKey; readonly key: KeyObject } | undefined {
        return this.keys.find((k) => k.fingerprint === fingerprint);
    }

    /** The fingerprint of a trusted key. */
    keyFingerprint(entry: TrustedKey): string {
        return this.keys.find((k) => k.entry === entry)?.fingerprint ?? "";
    }

    /** Whether the trusted key may sign in this role for this environment. */
    static allows(entry: TrustedKey, role: TrustRole, environment: string): boolean {
        const envs = entry.roles[role] ?? [];
        return envs.includes("*") || envs.includes(environment);
    }

    /** The retirement of this provisioning key, if it was rotated out. */
    retirementOf(keyId: string): RetiredKey | undefined {
        return this.document.retiredKeys?.find((r) => r.id === keyId);
    }
}

/** An empty config: nothing required, nothing trusted. */
export const NO_GOVERNANCE = new GovernanceConfig({}, "no governance config");

/** Validates a parsed document; throws GovernanceConfigError naming the first problem. */
export function checkGovernanceDocument(source: string, document: unknown): GovernanceConfig {
    const validate = validator();
    if (!validate(document)) {
        const [first] = validate.errors ?? [];
        const where = first?.instancePath ? first.instancePath.replace(/^\//, "").replace(/\//g, ".") : "the document";
        const what =
            first?.keyword === "additionalProperties"
                ? `has an unknown field "${(first.params as { additionalProperty: string }).additionalProperty}"`
                : first?.keyword === "required"
                  ? `is missing "${(first.params as { missingProperty: string }).missingProperty}"`
                  : (first?.message ?? "is invalid");
        throw new GovernanceConfigError(source, `${where} ${what}`);
    }
    const doc = document as GovernanceDocument;
    const ids = new Set<string>();
    for (const key of doc.trustedKeys ?? []) {
        if (ids.has(key.id)) throw new GovernanceConfigError(source, `trusted key ${key.id} appears twice`);
        ids.add(key.id);
    }
    for (const retired of doc.retiredKeys ?? []) {
        if (Number.isNaN(Date.parse(retired.graceUntil))) throw new GovernanceConfigError(source, `retired key ${retired.id} has graceUntil "${retired.graceUntil}", not a time`);
    }
    const config = new GovernanceConfig(doc, source);
    const holders = new Map<string, string>();
    for (const key of doc.trustedKeys ?? []) {
        // The config decoded each key once already; its fingerprint says which are the same key.
        const fingerprint = config.keyFingerprint(key);
        const other = holders.get(fingerprint);
        if (other) throw new GovernanceConfigError(source, `trusted keys ${other} and ${key.id} are the same key; one key belongs to one signer`);
        holders.set(fingerprint, key.id);
    }
    return config;
}

/** Reads and validates a governance config file. */
export function readGovernanceFile(file: string): GovernanceConfig {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (error) {
        throw new GovernanceConfigError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    let document: unknown;
    try {
        document = JSON.parse(text);
    } catch (error) {
        throw new GovernanceConfigError(file, `is not valid JSON (${error instanceof Error ? error.message.split("\n")[0] : "parse error"})`);
    }
    return checkGovernanceDocument(file, document);
}

/**
 * Changes a governance config under a lock, written atomically (see `updateLockedFile`); an absent
 * file starts empty. `change` gets the current document and returns the new one.
 */
export async function updateGovernanceFile<T>(file: string, change: (current: GovernanceDocument) => { readonly document: GovernanceDocument; readonly result: T }): Promise<T> {
    return updateLockedFile(
        file,
        () => {
            const current = fs.existsSync(file) ? readGovernanceFile(file).document : {};
            const { document, result } = change(current);
            checkGovernanceDocument(file, document);
            return { text: `${JSON.stringify(document, null, 2)}\n`, result };
        },
        (problem) => new GovernanceConfigError(file, problem),
    );
}
