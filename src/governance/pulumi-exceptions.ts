/**
 * Pulumi Cloud's policy exceptions, converted to and from our exemptions. The shapes are the
 * documented REST schemas (https://www.pulumi.com/docs/reference/cloud-rest-api/schema/):
 * `PolicyException` and `ListPolicyExceptionsResponse` (what `pulumi policy exception list`
 * and the API return) to import, `CreatePolicyExceptionRequest` to export. A Pulumi exception
 * lists policies × exact URNs in match entries; ours lift one policy on URN globs, per
 * environment, with four eyes and optional signatures, so each match entry × policy becomes
 * one exemption, and each of ours one request.
 */
import type { ValidateFunction } from "ajv";
import type AjvClass from "ajv";
import { DATE_TIME, type Exemption } from "./exemptions";

/** `PolicyExceptionMatch`: policies excepted on the resources whose URNs are listed. */
export interface PulumiExceptionMatch {
    readonly policies: readonly string[];
    readonly targets: readonly string[];
}

/** `PolicyException`, the fields an import reads. */
export interface PulumiPolicyException {
    readonly id: string;
    readonly policyPack: string;
    readonly match: readonly PulumiExceptionMatch[];
    readonly reason: string;
    readonly status: "active" | "removed";
    readonly expiresAt?: string | null;
    readonly changeRequestId?: string | null;
    readonly createdBy?: { readonly name?: string; readonly githubLogin?: string } | null;
    readonly createdAt: string;
}

/** `CreatePolicyExceptionRequest`. */
export interface PulumiCreateExceptionRequest {
    readonly policyPack: string;
    readonly match: PulumiExceptionMatch[];
    readonly reason: string;
    readonly expiresInSeconds?: number;
}

// The documented limits of CreatePolicyExceptionRequest.
const MAX_ENTRIES = 100;
const MAX_TARGETS = 100;
const MAX_REASON = 2048;
const HOUR_S = 3600;
const MAX_EXPIRY_S = 3650 * 24 * HOUR_S;

const exceptionSchema = {
    type: "object",
    required: ["id", "policyPack", "match", "reason", "status", "createdAt"],
    properties: {
        id: { type: "string", minLength: 1 },
        policyPack: { type: "string", minLength: 1 },
        match: {
            type: "array",
            minItems: 1,
            items: {
                type: "object",
                required: ["policies", "targets"],
                properties: {
                    policies: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
                    targets: { type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 2048 } },
                },
            },
        },
        reason: { type: "string" },
        status: { enum: ["active", "removed"] },
        expiresAt: { type: ["string", "null"], format: "date-time" },
        changeRequestId: { type: ["string", "null"] },
        createdBy: { type: ["object", "null"], properties: { name: { type: "string" }, githubLogin: { type: "string" } } },
        createdAt: { type: "string", format: "date-time" },
    },
} as const;

/** A list response, one exception, or an array of them. */
const documentSchema = {
    oneOf: [
        { type: "object", required: ["exceptions"], properties: { exceptions: { type: "array", items: exceptionSchema } } },
        { type: "array", items: exceptionSchema },
        exceptionSchema,
    ],
} as const;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, as the exemptions schema is
    compiled ??= new ((require("ajv") as { default: typeof AjvClass }).default)({ strict: false, allErrors: false, formats: { "date-time": DATE_TIME } }).compile(documentSchema);
    return compiled;
}

/**
 * The exceptions of a Pulumi document (`{ exceptions: [...] }`, an array, or one exception);
 * throws an Error naming the first problem in one line.
 */
export function parsePulumiExceptions(document: unknown): PulumiPolicyException[] {
    const validate = validator();
    if (!validate(document)) {
        // oneOf reports every branch: the deepest error names the real problem.
        const errors = [...(validate.errors ?? [])].filter((e) => e.keyword !== "oneOf").sort((a, b) => b.instancePath.length - a.instancePath.length);
        const first = errors[0];
        const where = first?.instancePath ? first.instancePath.replace(/^\//, "").replace(/\//g, ".") : "the document";
        const what = first?.keyword === "required" ? `is missing "${(first.params as { missingProperty: string }).missingProperty}"` : (first?.message ?? "is invalid");
        throw new Error(`not a Pulumi policy exception list: ${where} ${what}`);
    }
    if (Array.isArray(document)) return document as PulumiPolicyException[];
    const record = document as { exceptions?: PulumiPolicyException[] };
    return record.exceptions ?? [document as PulumiPolicyException];
}

/** A glob matching exactly this URN: picomatch's special characters escaped. */
export function literalUrnGlob(urn: string): string {
    return urn.replace(/[\\*?[\]{}()!+@]/g, "\\$&");
}

/** Whether a URN glob is one exact URN (no glob character that is not escaped). */
export function isLiteralUrnGlob(glob: string): boolean {
    return !/(^|[^\\])[*?[\]{}()!+@]/.test(glob);
}

/** The exact URN a literal glob stands for. */
export function urnOfLiteralGlob(glob: string): string {
    return glob.replace(/\\(.)/g, "$1");
}

/** One exemption an import would write, or why an exception (or part of it) is not imported. */
export type ImportOutcome =
    | { readonly kind: "exemption"; readonly exemption: Omit<Exemption, "environments" | "expiresAt" | "createdAt">; readonly source: PulumiPolicyException }
    | { readonly kind: "skipped"; readonly id: string; readonly reason: string };

/**
 * Our exemptions for Pulumi's exceptions: one per match entry and policy, id `<EXC-id>.<entry>.<policy>`
 * so a second import finds what the first wrote. Removed and expired exceptions, and policies
 * `isKnownPolicy` does not know, are skipped with the reason. The approver is the change request
 * that approved the exception (when creating it required one), else `approvedBy`, else nobody:
 * the entry then awaits approval, as one made with `exempt add` does.
 */
export function exemptionsFromPulumi(
    exceptions: readonly PulumiPolicyException[],
    options: { readonly now: Date; readonly isKnownPolicy: (policy: string) => boolean; readonly approvedBy?: string },
): ImportOutcome[] {
    const outcomes: ImportOutcome[] = [];
    for (const exception of exceptions) {
        if (exception.status !== "active") {
            outcomes.push({ kind: "skipped", id: exception.id, reason: "removed in Pulumi Cloud" });
            continue;
        }
        if (exception.expiresAt && Date.parse(exception.expiresAt) <= options.now.getTime()) {
            outcomes.push({ kind: "skipped", id: exception.id, reason: `expired at ${exception.expiresAt}` });
            continue;
        }
        const requestedBy = exception.createdBy?.githubLogin || exception.createdBy?.name || "pulumi-cloud";
        const approvedBy = exception.changeRequestId ? `pulumi-change-request:${exception.changeRequestId}` : options.approvedBy;
        exception.match.forEach((entry, index) => {
            for (const policy of entry.policies) {
                if (!options.isKnownPolicy(policy)) {
                    outcomes.push({ kind: "skipped", id: exception.id, reason: `policy ${policy} (pack ${exception.policyPack}) is not a rule this library knows` });
                    continue;
                }
                outcomes.push({
                    kind: "exemption",
                    source: exception,
                    exemption: {
                        id: `${exception.id}.${index + 1}.${policy}`,
                        policy,
                        resources: entry.targets.map(literalUrnGlob),
                        reason: exception.reason.trim() || `Pulumi policy exception ${exception.id}`,
                        requestedBy,
                        ...(approvedBy ? { approvedBy } : {}),
                    },
                });
            }
        });
    }
    return outcomes;
}

/** A Pulumi request for one of our exemptions, or why it cannot be one. */
export type ExportOutcome = { readonly kind: "request"; readonly id: string; readonly request: PulumiCreateExceptionRequest } | { readonly kind: "skipped"; readonly id: string; readonly reason: string };

function chunks<T>(items: readonly T[], size: number): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
}

/**
 * Pulumi requests for our exemptions that apply now. Pulumi matches exact URNs: a glob is
 * expanded against `resources` (a stack's URNs) when given, else the exemption is skipped with
 * the reason. Expiry becomes whole hours from `now`, rounded down so the exception never
 * outlives ours (at least one hour, as the API requires). `packOf` names the pack each policy is
 * served in.
 */
export function pulumiRequestsFor(
    exemptions: readonly Exemption[],
    options: { readonly now: Date; readonly packOf: (policy: string) => string | undefined; readonly resources?: readonly string[]; readonly matches: (glob: string) => (urn: string) => boolean },
): ExportOutcome[] {
    return exemptions.map((e): ExportOutcome => {
        const pack = options.packOf(e.policy);
        if (!pack) return { kind: "skipped", id: e.id, reason: `policy ${e.policy} is in no pack: give --policy-pack` };
        const remainingS = Math.floor((Date.parse(e.expiresAt) - options.now.getTime()) / 1000);
        if (remainingS < HOUR_S) return { kind: "skipped", id: e.id, reason: remainingS <= 0 ? `expired at ${e.expiresAt}` : "expires within the hour, the shortest a Pulumi exception may last" };
        const targets = new Set<string>();
        for (const glob of e.resources) {
            if (isLiteralUrnGlob(glob)) targets.add(urnOfLiteralGlob(glob));
            else if (options.resources) for (const urn of options.resources.filter(options.matches(glob))) targets.add(urn);
            else return { kind: "skipped", id: e.id, reason: `resource glob ${glob} needs --resources <stack export> to list the URNs it matches (Pulumi matches exact URNs)` };
        }
        if (targets.size === 0) return { kind: "skipped", id: e.id, reason: "its globs match no resource of --resources" };
        const match = chunks([...targets], MAX_TARGETS).map((t) => ({ policies: [e.policy], targets: t }));
        if (match.length > MAX_ENTRIES) return { kind: "skipped", id: e.id, reason: `covers ${targets.size} resources, more than one Pulumi exception holds (${MAX_ENTRIES * MAX_TARGETS})` };
        const note = ` (guardrails exemption ${e.id}, requested by ${e.requestedBy}, approved by ${e.approvedBy ?? "nobody yet"})`;
        const reason = `${e.reason.trim().slice(0, MAX_REASON - note.length)}${note}`;
        const expiresInSeconds = Math.min(MAX_EXPIRY_S, Math.floor(remainingS / HOUR_S) * HOUR_S);
        return { kind: "request", id: e.id, request: { policyPack: pack, match, reason, expiresInSeconds } };
    });
}
