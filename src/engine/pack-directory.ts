/**
 * `guardrails check --pack <dir>`: a platform team's built pack (its entry point calls
 * `composePack`) loaded in this process and run offline with the same rules and levels it would
 * serve to the Pulumi engine.
 */
import * as fs from "node:fs";
import Module, { createRequire } from "node:module";
import * as path from "node:path";
import { definePack, resolveLevel, type ComposeOptions, type PackDefinition } from "../pack";
import { withPackCollector } from "../pack-collector";
import { packageRoot } from "../package-root";
import { InputError } from "./errors";
import { readJsonDocument } from "./inputs/json-file";

/** A pack directory as the CLI runs it. */
export interface PackDirectory {
    /** Its rules, stamped with its name and its package.json version, as the engine reports them. */
    readonly pack: PackDefinition;
    /** Rule id → the level the pack gives it (its `levels` over the rules' defaults). */
    readonly levels: Readonly<Record<string, string>>;
    /** What the pack serves that only the Pulumi engine runs (extra policies, its own governance hooks). */
    readonly engineOnly: readonly string[];
}

const LIBRARY = /^pulumi-guardrails(\/.*)?$/;
let aliased = false;

/**
 * Resolves `pulumi-guardrails` (and its subpaths), from any file, to this CLI's own copy: the
 * pack's rules then run on the engine that judges them, with one set of error classes (an
 * unknown value thrown by another copy's SDK would not be recognised as one).
 */
function aliasLibraryToThisCopy(): void {
    if (aliased) return;
    aliased = true;
    const own = createRequire(path.join(packageRoot(), "package.json"));
    const loader = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
    const resolve = loader._resolveFilename.bind(Module);
    let resolving = false;
    loader._resolveFilename = (request: string, ...rest: unknown[]) => {
        // own.resolve comes back through here: answer that inner call the usual way.
        if (resolving || !LIBRARY.test(request)) return resolve(request, ...rest);
        resolving = true;
        try {
            return own.resolve(request);
        } finally {
            resolving = false;
        }
    };
}

function readManifest(dir: string): { version?: unknown; main?: unknown } {
    const file = path.join(dir, "package.json");
    if (!fs.existsSync(file)) throw new InputError(dir, "not a pack directory: it has no package.json");
    const manifest = readJsonDocument(file, "a pack's package.json");
    return typeof manifest === "object" && manifest !== null ? (manifest as { version?: unknown; main?: unknown }) : {};
}

/** Loads the built pack in `dir`; an InputError says what is missing in one line. */
export function loadPackDirectory(dir: string): PackDirectory {
    const root = path.resolve(dir);
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new InputError(dir, "no such directory");
    const manifest = readManifest(root);
    const main = typeof manifest.main === "string" ? manifest.main : "index.js";
    let found: string;
    try {
        found = require.resolve(path.resolve(root, main));
    } catch {
        throw new InputError(dir, `the pack is not built: ${main} does not exist (run npm run build there first)`);
    }

    aliasLibraryToThisCopy();
    const collected: ComposeOptions[] = [];
    const previousCwd = process.cwd();
    try {
        process.chdir(root);
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the pack's entry point, as the engine's node does
        withPackCollector((options) => void collected.push(options), () => require(found));
    } catch (error) {
        throw new InputError(dir, `its entry point failed to load: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    } finally {
        process.chdir(previousCwd);
    }
    if (collected.length !== 1) {
        throw new InputError(dir, collected.length === 0 ? "its entry point does not call composePack from pulumi-guardrails, so there is no pack to run" : "its entry point calls composePack more than once");
    }
    const options = collected[0];
    const levels = Object.fromEntries(options.rules.map((rule) => [rule.id, resolveLevel(rule, options.levels)]));
    const version = typeof manifest.version === "string" ? manifest.version : "0.0.0";
    const pack = definePack({ name: options.name, version, description: options.description ?? `${options.name}, from ${dir}`, rules: options.rules });
    const extra = options.extraPolicies?.length ?? 0;
    const engineOnly = [
        ...(extra > 0 ? [`${extra} extra ${extra === 1 ? "policy" : "policies"}`] : []),
        ...(options.hooks ? ["its own exemption and decision-log hooks (give --exemptions to check with exemptions)"] : []),
    ];
    return { pack, levels, engineOnly };
}
