/**
 * Governance settings per environment (who may approve exemptions, how long they may last), in
 * a JSON file beside the environment configs: `{ "environments": { "prod": { "approvers": [...],
 * "maxExemptionHours": 24 } } }`. Policy pack configs cannot carry them: the engine rejects
 * entries that are not policies.
 */
import * as fs from "node:fs";
import type { ExemptionRules } from "./exemptions";

interface SettingsFile {
    environments?: Record<string, { approvers?: string[]; maxExemptionHours?: number }>;
}

/** The exemption rules of an environment; none when no settings file is given. */
export function governanceSettings(environment: string, file: string | undefined): ExemptionRules {
    if (!file) return {};
    let doc: SettingsFile;
    try {
        doc = JSON.parse(fs.readFileSync(file, "utf8")) as SettingsFile;
    } catch (error) {
        throw new Error(`${file}: not a readable governance settings file (${error instanceof Error ? error.message.split("\n")[0] : "error"})`);
    }
    const entry = doc.environments?.[environment];
    if (!entry) return {};
    if (entry.approvers !== undefined && (!Array.isArray(entry.approvers) || entry.approvers.some((a) => typeof a !== "string"))) {
        throw new Error(`${file}: environments.${environment}.approvers must be a list of names`);
    }
    if (entry.maxExemptionHours !== undefined && !(typeof entry.maxExemptionHours === "number" && entry.maxExemptionHours > 0)) {
        throw new Error(`${file}: environments.${environment}.maxExemptionHours must be a positive number`);
    }
    return {
        ...(entry.approvers ? { approvers: entry.approvers } : {}),
        ...(entry.maxExemptionHours ? { maxDurationMs: entry.maxExemptionHours * 3_600_000 } : {}),
    };
}
