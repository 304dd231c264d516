/** Helpers shared by tests that run packs over the analyzer protocol. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Rule } from "../src";

export const repoRoot = path.resolve(__dirname, "..");

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
