import type * as Sarif from "sarif";
import type { CheckResult, Finding } from "../result";
import type { Rule, Severity } from "../rule";
import { grantLine, inactiveLine, justificationOf, sentence, type ReportContext } from "./context";
import { quoting } from "./quoting";

/** GitHub code scanning ranks security alerts by this property (0–10). */
const SECURITY_SEVERITY: Record<Severity, string> = { low: "3.0", medium: "5.5", high: "8.0", critical: "9.5" };

function frameworkTags(rule: Rule): string[] {
    return Object.entries(rule.frameworks ?? {}).flatMap(([framework, controls]) => controls.map((c) => `${framework}/${c}`));
}

function ruleDescriptor(rule: Rule, level: string): Sarif.ReportingDescriptor {
    return {
        id: rule.id,
        name: rule.title,
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.description },
        help: {
            text: `${rule.description}\n\nHow to fix: ${rule.remediation}`,
            markdown: `${rule.description}\n\n**How to fix:** ${rule.remediation}`,
        },
        ...(rule.url ? { helpUri: rule.url } : {}),
        defaultConfiguration: { level: level === "mandatory" ? "error" : level === "disabled" ? "none" : "warning" },
        properties: {
            tags: ["security", ...(rule.tags ?? []), ...frameworkTags(rule)],
            "security-severity": SECURITY_SEVERITY[rule.severity],
            severity: rule.severity,
            ...(rule.pack ? { pack: rule.pack } : {}),
            ...(rule.frameworks ? { frameworks: rule.frameworks } : {}),
        },
    };
}

/**
 * The suppression an exempted finding carries (SARIF 2.1.0 §3.35): kept in an external store (the
 * exemptions file), accepted, with the exemption's justification and who granted it until when.
 */
function acceptedSuppression(f: Finding): Sarif.Suppression | undefined {
    const grant = f.kind === "exempted" ? f.exemption : undefined;
    if (!grant) return undefined;
    return {
        kind: "external",
        status: "accepted",
        justification: justificationOf(grant) || sentence(grantLine(grant)),
        properties: {
            exemptionId: grant.id,
            approvedBy: grant.approvedBy,
            expiresAt: grant.expiresAt,
            ...(grant.requestedBy ? { requestedBy: grant.requestedBy } : {}),
            ...(grant.signed !== undefined ? { signed: grant.signed } : {}),
        },
    };
}

/**
 * One finding as a SARIF result. Exemptions that named a violation but did not apply are NOT written as `suppressions` with
 * status "rejected", though the spec would allow it: per SARIF 2.1.0 §3.27.23 and §3.35.3 a
 * consumer looks at the statuses and a rejected suppression does not suppress (the SARIF SDK's
 * IsSuppressed needs an "accepted" one and no "rejected"/"underReview"), but common consumers
 * only test for a non-empty array: GitHub's advanced-security/dismiss-alerts action dismisses any
 * result with `suppressions.length > 0`, and "drop suppressed results before upload" filters do
 * the same. The exemptions file is the deployer's, so an entry that fails (unsigned, self-approved,
 * revoked) would then hide the very violation it failed to lift. The attempt stays visible to
 * auditors in the message and in `properties.inactiveExemptions` instead.
 */
function resultOf(f: Finding, ruleIndex: ReadonlyMap<string, number>, artifact: string, suppressionsKnown: boolean, withBaseline: boolean): Sarif.Result {
    const level: Sarif.Result.level = f.kind !== "violation" ? "note" : f.level === "mandatory" ? "error" : "warning";
    const inactive = f.inactiveExemptions ?? [];
    const notApplied = inactive.map((e) => ` ${inactiveLine(e)}`).join("");
    const suppression = acceptedSuppression(f);
    return {
        ruleId: f.policy,
        ...(ruleIndex.has(f.policy) ? { ruleIndex: ruleIndex.get(f.policy) } : {}),
        level,
        message: { text: f.kind === "violation" ? `${f.message}${notApplied} Fix: ${f.remediation}` : `${f.message}${notApplied}` },
        locations: [
            {
                // The line that declares the resource when the input says (a previewed program), so
                // code scanning annotates `new aws.s3.Bucket(...)`; else the input document.
                physicalLocation: f.source
                    ? { artifactLocation: { uri: f.source.file }, region: { startLine: f.source.line, ...(f.source.column !== undefined ? { startColumn: f.source.column } : {}) } }
                    : { artifactLocation: { uri: artifact }, region: { startLine: 1 } },
                logicalLocations: [{ fullyQualifiedName: f.urn || "stack", name: f.name || "stack", kind: "resource" }],
            },
        ],
        // §3.27.23: the results of a run carry `suppressions` all or none, so once one result is
        // exempted every result says whether it is (an empty array: nothing suppresses it).
        ...(suppressionsKnown ? { suppressions: suppression ? [suppression] : [] } : {}),
        // §3.27.24: against a baseline every result says whether it is "new" or "unchanged" (baselined).
        ...(withBaseline ? { baselineState: f.exemption?.source === "baseline" ? "unchanged" : "new" } : {}),
        properties: {
            enforcementLevel: f.level,
            resourceType: f.type,
            urn: f.urn,
            ...(f.propertyPath ? { propertyPath: f.propertyPath } : {}),
            ...(f.messageId ? { messageId: f.messageId } : {}),
            ...(inactive.length > 0 ? { inactiveExemptions: inactive.map((e) => ({ id: e.id, status: e.status, reason: e.reason, expiresAt: e.expiresAt })) } : {}),
        },
    };
}

/** A baseline entry whose finding is gone (§3.27.24 baselineState "absent"), at level none. */
function fixedResult(
    entry: { readonly policy: string; readonly urn: string; readonly propertyPath?: string },
    file: string,
    ruleIndex: ReadonlyMap<string, number>,
    artifact: string,
    suppressionsKnown: boolean,
): Sarif.Result {
    return {
        ruleId: entry.policy,
        ...(ruleIndex.has(entry.policy) ? { ruleIndex: ruleIndex.get(entry.policy) } : {}),
        level: "none",
        kind: "pass",
        baselineState: "absent",
        message: { text: `Fixed since the baseline ${file}: ${entry.policy} no longer reports ${entry.urn}${entry.propertyPath ? ` (${entry.propertyPath})` : ""}.` },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifact }, region: { startLine: 1 } }, logicalLocations: [{ fullyQualifiedName: entry.urn, kind: "resource" }] }],
        ...(suppressionsKnown ? { suppressions: [] } : {}),
        partialFingerprints: { "guardrails/v1": placeKey(entry) },
        properties: { urn: entry.urn, ...(entry.propertyPath ? { propertyPath: entry.propertyPath } : {}) },
    };
}

/** Policy, resource and property: where a finding is, as its fingerprint names it. */
function placeKey(f: { readonly policy: string; readonly urn: string; readonly propertyPath?: string }): string {
    return [f.policy, f.urn, f.propertyPath ?? ""].join("|");
}

/**
 * Stands, in a streamed result, where `"suppressions": []` goes once the run shows whether any
 * result is suppressed (§3.27.23: all or none). The byte is never in JSON.stringify's output,
 * which escapes every control character inside strings.
 */
const MARK = 0x01;
const NO_SUPPRESSIONS = ',"suppressions":[]';
const NO_SUPPRESSIONS_BYTES = Buffer.from(NO_SUPPRESSIONS, "utf8");

/** Whether results carry `suppressions`: yes, no, or not known yet (a mark stands in; see `MARK`). */
export type SuppressionsShown = boolean | "marked";

/**
 * SARIF results encoded one at a time, each with the separator before it. Fingerprints are stable
 * across runs, so code scanning tracks one alert per policy, resource and property; a second
 * finding at the same place (two open ingress rules) gets `#2`, and so on, in the order they come.
 */
export class SarifResults {
    private readonly seen = new Map<string, number>();
    private written = 0;
    private anySuppressed = false;
    private readonly quoting = quoting();
    private readonly quotedArtifact: string;
    private readonly fixes = new Map<string, string>();

    /** `direct`: false encodes every result as an object through JSON.stringify (tests compare the two). */
    constructor(
        private readonly ruleIndex: ReadonlyMap<string, number>,
        private readonly artifact: string,
        private readonly withBaseline: boolean,
        private shown: SuppressionsShown,
        private readonly direct = true,
    ) {
        this.quotedArtifact = JSON.stringify(artifact);
    }

    /** `f`'s result. */
    piece(f: Finding): string {
        const suppressed = acceptedSuppression(f) !== undefined;
        if (suppressed) this.anySuppressed = true;
        const print = this.fingerprint(placeKey(f));
        if (this.direct && f.kind === "violation" && !suppressed && !f.exemption && !f.source && !f.inactiveExemptions && typeof f.type === "string") {
            return this.separated(this.violationText(f, print));
        }
        const entry = resultOf(f, this.ruleIndex, this.artifact, this.shown !== false, this.withBaseline);
        entry.partialFingerprints = { "guardrails/v1": print };
        const text = JSON.stringify(entry);
        return this.separated(this.shown === "marked" && !suppressed ? text.replace(NO_SUPPRESSIONS, "\u0001") : text);
    }

    /**
     * `JSON.stringify` of a plain violation's result (no exemption, source line or inactive
     * exemption), built from its parts: a large stack has hundreds of thousands, and their
     * repeated fields are quoted once.
     */
    private violationText(f: Finding, print: string): string {
        const q = this.quoting.repeated;
        const urn = this.quoting.urn(f.urn);
        const index = this.ruleIndex.get(f.policy);
        let text = `{"ruleId":${q(f.policy)}${index === undefined ? "" : `,"ruleIndex":${index}`},"level":"${f.level === "mandatory" ? "error" : "warning"}"`;
        // The fix is quoted once per text; the message's closing quote gives way to it.
        text += `,"message":{"text":${JSON.stringify(f.message).slice(0, -1)}${this.fixText(f.remediation)}}`;
        text += `,"locations":[{"physicalLocation":{"artifactLocation":{"uri":${this.quotedArtifact}},"region":{"startLine":1}},"logicalLocations":[{"fullyQualifiedName":${f.urn ? urn : '"stack"'},"name":${f.name ? this.quoting.name(f.name) : '"stack"'},"kind":"resource"}]}]`;
        if (this.shown === true) text += NO_SUPPRESSIONS;
        else if (this.shown === "marked") text += "\u0001";
        if (this.withBaseline) text += ',"baselineState":"new"';
        text += `,"properties":{"enforcementLevel":${q(f.level)},"resourceType":${q(f.type)},"urn":${urn}`;
        if (f.propertyPath) text += `,"propertyPath":${JSON.stringify(f.propertyPath)}`;
        if (f.messageId) text += `,"messageId":${q(f.messageId)}`;
        return `${text}},"partialFingerprints":{"guardrails/v1":${JSON.stringify(print)}}}`;
    }

    /** `" Fix: <remediation>"` quoted, without its opening quote. */
    private fixText(remediation: string): string {
        let text = this.fixes.get(remediation);
        if (text === undefined) {
            text = JSON.stringify(` Fix: ${remediation}`).slice(1);
            if (this.fixes.size < 10_000) this.fixes.set(remediation, text);
        }
        return text;
    }

    /** A baseline entry whose finding is gone. */
    fixed(entry: { readonly policy: string; readonly urn: string; readonly propertyPath?: string }, file: string): string {
        return this.separated(JSON.stringify(fixedResult(entry, file, this.ruleIndex, this.artifact, this.shown === true)));
    }

    /** Once every marked piece is made: whether results carry `suppressions`, as later pieces will. */
    settle(): boolean {
        if (this.shown === "marked") this.shown = this.anySuppressed;
        return this.shown;
    }

    /** Whether any result came so far. */
    get any(): boolean {
        return this.written > 0;
    }

    private fingerprint(key: string): string {
        const n = (this.seen.get(key) ?? 0) + 1;
        this.seen.set(key, n);
        return n === 1 ? key : `${key}#${n}`;
    }

    private separated(json: string): string {
        return `${this.written++ === 0 ? "" : ","}\n        ${json}`;
    }
}

/**
 * Marked pieces (see `MARK`) made final: each mark becomes `"suppressions": []` when a result of the
 * run is suppressed, and is dropped when none is.
 */
function* unmarked(pieces: Iterable<string | Uint8Array>, suppressions: boolean): Iterable<string | Uint8Array> {
    for (const piece of pieces) {
        if (typeof piece === "string") {
            yield piece.replaceAll("\u0001", suppressions ? NO_SUPPRESSIONS : "");
            continue;
        }
        const parts: Uint8Array[] = [];
        let from = 0;
        for (let at = piece.indexOf(MARK); at !== -1; at = piece.indexOf(MARK, from)) {
            parts.push(piece.subarray(from, at));
            if (suppressions) parts.push(NO_SUPPRESSIONS_BYTES);
            from = at + 1;
        }
        if (parts.length === 0) yield piece;
        else {
            parts.push(piece.subarray(from));
            yield Buffer.concat(parts);
        }
    }
}

/** Results a check encoded and spooled as it made them (see `SarifResults`), not kept in the result. */
export interface SpooledSarif {
    /** The encoder they came from: it goes on with the run's notes and fixed baseline entries. */
    readonly results: SarifResults;
    /** Their pieces, in order. */
    readonly pieces: Iterable<string | Uint8Array>;
}

/** Where a run's results point when they have no source line: the input file. */
export function sarifArtifact(inputFile: string | undefined): string {
    return (inputFile ?? "stack").replace(/\\/g, "/");
}

/**
 * The encoder for a run's results, as `sarifChunks` makes them: `ruleIds` in the run's order (results
 * point into the driver's rules by index), and whether the run has a baseline.
 */
export function sarifResults(ruleIds: readonly string[], artifact: string, withBaseline: boolean, shown: SuppressionsShown, direct = true): SarifResults {
    return new SarifResults(new Map(ruleIds.map((id, i) => [id, i])), artifact, withBaseline, shown, direct);
}

/** The result's own findings as spooled ones, for a result that kept them. */
function keptResults(result: CheckResult, artifact: string): SpooledSarif {
    const shown = [...result.findings, ...result.notes].some((f) => acceptedSuppression(f) !== undefined);
    const results = sarifResults(
        result.rules.map(({ rule }) => rule.id),
        artifact,
        result.baseline !== undefined,
        shown,
    );
    return { results, pieces: mapped(result.findings, (f) => results.piece(f)) };
}

function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Iterable<U> {
    for (const item of items) yield f(item);
}

/**
 * SARIF 2.1.0 for code scanning, in pieces: rule metadata with help and framework tags (the
 * control ids), then one result per line, located at the input file and URN. `spooled` gives the
 * findings' results when the result did not keep them; the text is the same either way.
 */
export function sarifChunks(result: CheckResult, context: ReportContext): Iterable<string>;
/** The SARIF log with the results a check spooled rather than kept (see `SpooledSarif`). */
export function sarifChunks(result: CheckResult, context: ReportContext, spooled: SpooledSarif): Iterable<string | Uint8Array>;
export function* sarifChunks(result: CheckResult, context: ReportContext, spooled?: SpooledSarif): Iterable<string | Uint8Array> {
    const artifact = sarifArtifact(context.inputFile);
    const { results, pieces } = spooled ?? keptResults(result, artifact);
    const log: Sarif.Log = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: context.tool.name,
                        version: context.tool.version,
                        informationUri: "https://www.npmjs.com/package/pulumi-guardrails",
                        rules: result.rules.map(({ rule, level }) => ruleDescriptor(rule, level)),
                    },
                },
                artifacts: [{ location: { uri: artifact } }],
                results: [],
            },
        ],
    };
    // The log without its results, cut where they go: the results are written one by one between.
    const [head, tail] = JSON.stringify(log, null, 2).split('"results": []');
    yield `${head}"results": [`;
    // Every finding's result is made by now, so the run knows whether any is suppressed.
    const suppressions = results.settle();
    yield* spooled ? unmarked(pieces, suppressions) : pieces;
    for (const n of result.notes) yield results.piece(n);
    for (const entry of result.baseline?.fixed ?? []) yield results.fixed(entry, result.baseline?.file ?? "");
    yield `${results.any ? "\n      " : ""}]${tail}\n`;
}

/** The SARIF log as one string (see `sarifChunks`). */
export function renderSarif(result: CheckResult, context: ReportContext): string {
    return [...sarifChunks(result, context)].join("");
}
