/**
 * `guardrails exempt import` / `exempt export`: moving between our exemptions file and Pulumi
 * Cloud's policy exceptions (the documented REST shapes, see governance/pulumi-exceptions.ts).
 */
import * as fs from "node:fs";
import { InputError } from "../engine/errors";
import { loadInputFile } from "../engine/inputs";
import { readJsonDocument } from "../engine/inputs/json-file";
import { exemptionStatus, urnMatcher, type Exemption } from "../governance/exemptions";
import { exemptionsFromPulumi, parsePulumiExceptions, pulumiRequestsFor } from "../governance/pulumi-exceptions";
import { systemClock } from "../governance/clock";
import type { Rule } from "../rule";
import { governanceConfigFor } from "./governance-file";
import { ANY_LENGTH, checkOrFail, environmentList, lockedUpdate, readExemptionsOrFail } from "./governance-commands";
import { emit } from "./output";
import { validatePaths } from "./paths";

export interface ExemptImportOptions {
    /** The exemptions file to add to (created if absent). */
    readonly file: string;
    /** The environments the imported exemptions may be used in. */
    readonly env: string;
    /** Who approved them, for exceptions Pulumi created without a change request. */
    readonly approvedBy?: string;
    readonly governance?: string;
}

/**
 * Adds Pulumi's active exceptions to the exemptions file, one exemption per match entry and
 * policy, for the environments given. Each lasts until Pulumi's expiry, cut to the longest the
 * environments allow (and said so). Environments that require signatures are refused: an
 * imported entry carries nobody's signature. Returns the ids written.
 */
export async function exemptImport(source: string, options: ExemptImportOptions, knownRules: readonly Rule[]): Promise<string[]> {
    const environments = environmentList(options.env);
    const config = governanceConfigFor(options.governance);
    const strict = environments.filter((env) => config.requiresSignatures(env));
    if (strict.length > 0) {
        throw new InputError(undefined, `${strict.join(", ")} ${strict.length === 1 ? "requires" : "require"} signed exemptions (${config.source}): an imported Pulumi exception carries no signature; add it with guardrails exempt add --sign-with, then have an approver sign it`);
    }
    validatePaths({ inputs: [{ role: "the Pulumi exceptions file", path: source, wording: "errno" }], updates: options.file });
    const document = readJsonDocument(source, "guardrails exempt import");
    let exceptions;
    try {
        exceptions = parsePulumiExceptions(document);
    } catch (error) {
        throw new InputError(source, (error as Error).message);
    }
    const now = systemClock();
    const known = new Set(knownRules.map((r) => r.id));
    const outcomes = exemptionsFromPulumi(exceptions, { now, isKnownPolicy: (p) => known.has(p), approvedBy: options.approvedBy });
    const maxMs = Math.min(...environments.map((env) => config.maxExemptionMs(env)));
    const latest = now.getTime() + maxMs;
    const notes: string[] = [];
    const entries: Exemption[] = [];
    for (const outcome of outcomes) {
        if (outcome.kind === "skipped") {
            notes.push(`skipped ${outcome.id}: ${outcome.reason}`);
            continue;
        }
        const { exemption, source: exception } = outcome;
        if (exemption.approvedBy && exemption.approvedBy.trim().toLowerCase() === exemption.requestedBy.trim().toLowerCase()) {
            notes.push(`skipped ${exemption.id}: approved by its own requester (${exemption.requestedBy}); another person must approve it`);
            continue;
        }
        const pulumiExpiry = exception.expiresAt ? Date.parse(exception.expiresAt) : Infinity;
        if (pulumiExpiry > latest) {
            notes.push(`${exemption.id}: Pulumi's expiry (${exception.expiresAt ?? "never"}) is beyond the ${Math.round(maxMs / 3_600_000)} h an exemption may last in ${environments.join(", ")}; imported until ${new Date(latest).toISOString()}`);
        }
        entries.push({ ...exemption, environments, createdAt: now.toISOString(), expiresAt: new Date(Math.min(pulumiExpiry, latest)).toISOString() });
    }
    const written = await lockedUpdate(options.file, () => {
        const existing = fs.existsSync(options.file) ? readExemptionsOrFail(options.file, ANY_LENGTH) : { version: 1 as const, exemptions: [] };
        const ids = new Set(existing.exemptions.map((e) => e.id));
        const fresh = entries.filter((e) => !ids.has(e.id));
        for (const e of entries) if (ids.has(e.id)) notes.push(`skipped ${e.id}: already in ${options.file}`);
        const next = checkOrFail(options.file, { version: 1, exemptions: [...existing.exemptions, ...fresh] }, ANY_LENGTH);
        return { document: next, result: fresh };
    });
    for (const note of notes) process.stderr.write(`guardrails: ${note}\n`);
    const awaiting = written.filter((e) => !e.approvedBy).length;
    process.stdout.write(
        `Imported ${written.length} exemption${written.length === 1 ? "" : "s"} into ${options.file}` +
            (awaiting > 0 ? ` (${awaiting} await${awaiting === 1 ? "s" : ""} approval: Pulumi recorded no change request; give --approved-by)` : "") +
            (written.length > 0 ? `:\n${written.map((e) => `  ${e.id}  ${e.policy} on ${e.resources.length} resource${e.resources.length === 1 ? "" : "s"}, until ${e.expiresAt}`).join("\n")}\n` : ".\n"),
    );
    return written.map((e) => e.id);
}

export interface ExemptExportOptions {
    readonly file: string;
    readonly output?: string;
    /** The pack the policies are served in on Pulumi Cloud (default: each rule's own pack). */
    readonly policyPack?: string;
    /** A stack export or resources document whose URNs expand the exemptions' globs. */
    readonly resources?: string;
    /** Only exemptions usable in this environment. */
    readonly env?: string;
}

/**
 * Writes a JSON array of Pulumi `CreatePolicyExceptionRequest`s, one per exemption that applies
 * now, to `--output` (stdout by default); what cannot be exported is named on stderr.
 */
export async function exemptExport(options: ExemptExportOptions, knownRules: readonly Rule[]): Promise<number> {
    validatePaths({ inputs: [{ role: "the exemptions file", path: options.file, wording: "errno" }] });
    const file = readExemptionsOrFail(options.file, ANY_LENGTH);
    const now = systemClock();
    const resources = options.resources ? loadInputFile(options.resources).resources.map((r) => r.urn) : undefined;
    const packs = new Map(knownRules.map((r) => [r.id, r.pack] as const));
    const notes: string[] = [];
    const usable = file.exemptions.filter((e) => {
        const status = exemptionStatus(e, now, undefined, true);
        if (status !== "active") notes.push(`skipped ${e.id}: ${status}`);
        else if (!e.approvedBy) notes.push(`skipped ${e.id}: awaits approval`);
        else if (options.env && !(e.environments ?? []).includes(options.env)) notes.push(`skipped ${e.id}: not for environment ${options.env}`);
        else return true;
        return false;
    });
    const outcomes = pulumiRequestsFor(usable, { now, packOf: (p) => options.policyPack ?? packs.get(p), resources, matches: urnMatcher });
    const requests = [];
    for (const outcome of outcomes) {
        if (outcome.kind === "skipped") notes.push(`skipped ${outcome.id}: ${outcome.reason}`);
        else requests.push(outcome.request);
    }
    for (const note of notes) process.stderr.write(`guardrails: ${note}\n`);
    await emit(`${JSON.stringify(requests, null, 2)}\n`, options.output);
    if (options.output) process.stderr.write(`guardrails: ${requests.length} Pulumi policy exception request${requests.length === 1 ? "" : "s"} written to ${options.output}\n`);
    return 0;
}
