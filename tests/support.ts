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

/**
 * A limiter that runs at most `size` tasks at once, for tests that start CPU-bound processes
 * (previews, npm installs): enough to keep two cores busy without starving the other workers.
 */
export function pool(size: number): <T>(task: () => Promise<T>) => Promise<T> {
    let running = 0;
    const waiting: Array<() => void> = [];
    return async (task) => {
        if (running < size) running++;
        else await new Promise<void>((resolve) => waiting.push(resolve));
        try {
            return await task();
        } finally {
            // Hand the slot straight to the next task, so the pool never exceeds its size.
            const next = waiting.shift();
            if (next) next();
            else running--;
        }
    };
}
