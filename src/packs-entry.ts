/**
 * Where the packs are loaded from: the one-file bundle the build writes beside them
 * (scripts/packs-bundler.mjs), which loads about 0.07 s sooner than some 450 modules, unless a
 * compile since then has changed dist/ and the bundle would run older rules. The CLI, the root
 * policy pack and the built pack directories all load their packs through this.
 */
import * as fs from "node:fs";
import * as path from "node:path";

function modifiedAt(file: string): number | undefined {
    try {
        return fs.statSync(file).mtimeMs;
    } catch {
        return undefined;
    }
}

/**
 * `<packsDir>/bundle.js` while it is as new as the last compile (tsc rewrites its build info,
 * `<packsDir>/../.tsbuildinfo`, whenever it writes), else `packsDir` itself, the packs' entry
 * module. An installed package or a built pack directory ships no build info: its bundle was
 * made with its modules.
 */
export function packsEntry(packsDir: string): string {
    const bundle = path.join(packsDir, "bundle.js");
    const bundled = modifiedAt(bundle);
    if (bundled === undefined) return packsDir;
    const compiled = modifiedAt(path.join(packsDir, "..", ".tsbuildinfo"));
    return compiled === undefined || bundled >= compiled ? bundle : packsDir;
}
