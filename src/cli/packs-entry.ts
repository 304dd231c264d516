/**
 * Where the CLI loads the packs from: the one-file bundle `npm run build` writes beside them
 * (scripts/bundle-packs.mjs), which starts a command about 0.08 s sooner than some 450 modules,
 * unless a compile since then has changed dist/ and the bundle would run older rules.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The compiled packs' directory (dist/packs), from this module's place in dist/src/cli. */
const PACKS = path.join(__dirname, "..", "..", "packs");

function modifiedAt(file: string): number | undefined {
    try {
        return fs.statSync(file).mtimeMs;
    } catch {
        return undefined;
    }
}

/**
 * The bundle while it is as new as the last compile (tsc rewrites its build info whenever it
 * writes), else the packs' own entry module. An installed package ships no build info: its
 * bundle was made with its modules.
 */
export function packsEntry(): string {
    const bundle = path.join(PACKS, "bundle.js");
    const bundled = modifiedAt(bundle);
    if (bundled === undefined) return PACKS;
    const compiled = modifiedAt(path.join(PACKS, "..", ".tsbuildinfo"));
    return compiled === undefined || bundled >= compiled ? bundle : PACKS;
}
