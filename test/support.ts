/** Helpers shared by tests that run packs over the analyzer protocol. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { AnalyzerInfo, WirePolicyConfig } from "../src/engine";
import type { Rule } from "../src";

export const repoRoot = path.resolve(__dirname, "..");

/**
 * The configuration the engine sends when no --policy-pack-config is given: every policy at its
 * default level, with its schema defaults as properties.
 */
export function engineDefaultConfig(info: AnalyzerInfo): WirePolicyConfig {
    return Object.fromEntries(
        info.policies.map((p) => {
            const properties = Object.fromEntries(
                Object.entries(p.configSchema?.properties ?? {})
                    .filter(([, schema]) => schema !== null && typeof schema === "object" && "default" in (schema as object))
                    .map(([key, schema]) => [key, (schema as { default: unknown }).default]),
            );
            return [p.name, { enforcementLevel: p.enforcementLevel, properties }];
        }),
    );
}

/** Every rule file under packs/ (one rule per file, default export), found on disk. */
export function ruleFilesOnDisk(): { file: string; rule: Rule }[] {
    const found: { file: string; rule: Rule }[] = [];
    const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== "lib") walk(full);
            } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && entry.name !== "index.ts" && entry.name !== "main.ts") {
                // eslint-disable-next-line @typescript-eslint/no-require-imports -- discovering rule modules at test time
                const mod = require(full) as { default?: Rule };
                if (mod.default && typeof mod.default === "object" && "id" in mod.default) found.push({ file: full, rule: mod.default });
            }
        }
    };
    walk(path.join(repoRoot, "packs"));
    return found;
}
