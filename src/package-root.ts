import * as fs from "node:fs";
import * as path from "node:path";

let cached: string | undefined;

/** The directory of this package (works from src/ under ts-jest and from dist/ when built). */
export function packageRoot(): string {
    if (cached) return cached;
    let dir = __dirname;
    for (;;) {
        const manifest = path.join(dir, "package.json");
        if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string }).name === "pulumi-guardrails") {
            cached = dir;
            return dir;
        }
        const parent = path.dirname(dir);
        if (parent === dir) throw new Error("pulumi-guardrails: cannot find the package's own package.json");
        dir = parent;
    }
}

/** This package's version. */
export function packageVersion(): string {
    return (JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}
