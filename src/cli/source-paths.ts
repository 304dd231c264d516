/**
 * Source locations as reviewers and code scanning name files: relative to the repository that
 * holds the program (the nearest directory upward with a `.git`), else to the working directory
 * when the file is under it, with forward slashes; a file outside both keeps its absolute path.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { ResourceUnderTest } from "../engine/evaluate";

/** The nearest directory at or above `start` that holds `.git` (a directory, or a worktree's file). */
export function repositoryRoot(start: string): string | undefined {
    let dir = path.resolve(start);
    for (;;) {
        if (fs.existsSync(path.join(dir, ".git"))) return dir;
        const parent = path.dirname(dir);
        if (parent === dir) return undefined;
        dir = parent;
    }
}

/** `file` relative to `base` when it is under it, else undefined. */
function under(base: string, file: string): string | undefined {
    const relative = path.relative(base, file);
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative.split(path.sep).join("/") : undefined;
}

/** The resources with their source files named relative to the program's repository (or the working directory). */
export function withRelativeSources(resources: ResourceUnderTest[], programDir: string, cwd = process.cwd()): ResourceUnderTest[] {
    const root = repositoryRoot(programDir);
    return resources.map((resource) => {
        if (!resource.source || !path.isAbsolute(resource.source.file)) return resource;
        const file = (root && under(root, resource.source.file)) ?? under(cwd, resource.source.file) ?? resource.source.file;
        return { ...resource, source: { ...resource.source, file } };
    });
}
