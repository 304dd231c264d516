/**
 * The `sourcePosition` the Pulumi engine records on a resource's state (pulumi/pulumi#13436,
 * #13437): a URI whose fragment is `line` or `line,column`. In a state file the scheme is
 * `project` and the path is relative to the project root (`project:///index.ts#8,14`); during an
 * update it is `file` with an absolute path.
 */
import { fileURLToPath } from "node:url";
import type { SourceLocation } from "../../result";

const FRAGMENT = /^#(\d+)(?:,(\d+))?$/;

/** The file, line and column of a recorded source position; undefined when it is not one. */
export function parseSourcePosition(value: unknown): SourceLocation | undefined {
    if (typeof value !== "string" || value === "") return undefined;
    const hash = value.lastIndexOf("#");
    if (hash < 0) return undefined;
    const fragment = FRAGMENT.exec(value.slice(hash));
    if (!fragment) return undefined;
    const line = Number(fragment[1]);
    if (line < 1) return undefined;
    const uri = value.slice(0, hash);
    let file: string;
    try {
        // Read by hand, not with URL: a project path may climb out of the project ("/../.venv/…"),
        // which URL would normalise away.
        if (uri.startsWith("project://")) file = decodeURIComponent(uri.slice("project://".length)).replace(/^\/+/, "");
        else if (uri.startsWith("file://")) file = fileURLToPath(uri);
        else return undefined;
    } catch {
        return undefined;
    }
    if (file === "") return undefined;
    const column = fragment[2] === undefined ? undefined : Number(fragment[2]);
    return { file, line, ...(column !== undefined && column > 0 ? { column } : {}) };
}
