/**
 * `guardrails init pack <dir>`: a platform team's pack to start from — a selection of the
 * library's rules, levels per environment, one rule of its own with its tests — written from
 * templates/pack into a new or empty directory, all at once or not at all.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../engine";
import { packageRoot } from "../package-root";

export interface InitPackOptions {
    /** `--name`: the pack name (default: the directory's name). */
    readonly name?: string;
    /** `--rule-prefix`: the prefix of the pack's own rule ids (default: the name without `-guardrails`). */
    readonly rulePrefix?: string;
    /** `--library`: how package.json names pulumi-guardrails (default: this copy, or its version when installed). */
    readonly library?: string;
}

// npm's rule for package names is stricter than the engine's for pack names: take both.
const PACK_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const RULE_PREFIX = /^[a-z][a-z0-9-]{0,39}$/;

function templatesDir(): string {
    return path.join(packageRoot(), "templates", "pack");
}

/** Every template file, relative to the templates directory, `.tmpl` included. */
function templateFiles(dir: string, prefix = ""): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const relative = path.join(prefix, entry.name);
        return entry.isDirectory() ? templateFiles(path.join(dir, entry.name), relative) : [relative];
    });
}

interface LibraryManifest {
    readonly version: string;
    readonly peerDependencies: Record<string, string>;
    readonly devDependencies: Record<string, string>;
}

/** `file:` this copy when it is a checkout, its version range when installed from the registry. */
function defaultLibrarySpec(target: string, manifest: LibraryManifest): string {
    const root = packageRoot();
    if (root.split(path.sep).includes("node_modules")) return `^${manifest.version}`;
    return `file:${path.relative(target, root).split(path.sep).join("/") || "."}`;
}

/** The version ranges the pack's package.json pins: the library's own. */
function ranges(manifest: LibraryManifest): Record<string, string> {
    const peer = (name: string) => manifest.peerDependencies[name];
    const dev = (name: string) => manifest.devDependencies[name];
    return {
        __POLICY_RANGE__: peer("@pulumi/policy"),
        __PULUMI_RANGE__: peer("@pulumi/pulumi"),
        __TYPES_JEST_RANGE__: dev("@types/jest"),
        __JEST_RANGE__: dev("jest"),
        __TS_JEST_RANGE__: dev("ts-jest"),
        __TYPESCRIPT_RANGE__: dev("typescript"),
    };
}

function refuseUnlessEmpty(dir: string): void {
    if (!fs.existsSync(dir)) return;
    if (!fs.statSync(dir).isDirectory()) throw new InputError(dir, "exists and is not a directory");
    if (fs.readdirSync(dir).length > 0) throw new InputError(dir, "is not empty: init pack writes only into a new or empty directory, and never over a file");
}

/** Writes the pack; returns the files written, relative to `dir`. */
export function initPack(dir: string, options: InitPackOptions = {}): string[] {
    const target = path.resolve(dir);
    const name = options.name ?? path.basename(target);
    if (!PACK_NAME.test(name)) throw new InputError(undefined, `pack name "${name}" must be lowercase letters, digits, ".", "_" or "-" (at most 100), as npm and the Pulumi engine require: give --name`);
    const prefix = options.rulePrefix ?? name.replace(/-guardrails$/, "").replace(/[^a-z0-9-]/g, "-");
    if (!RULE_PREFIX.test(prefix)) throw new InputError(undefined, `rule prefix "${prefix}" must start with a letter and hold only lowercase letters, digits and "-": give --rule-prefix`);
    refuseUnlessEmpty(target);

    const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as LibraryManifest;
    const values: Record<string, string> = { __PACK_NAME__: name, __RULE_PREFIX__: prefix, __LIBRARY_SPEC__: options.library ?? defaultLibrarySpec(target, manifest), ...ranges(manifest) };
    const placeholders = new RegExp(Object.keys(values).join("|"), "g");
    const source = templatesDir();
    // Written next to the target and moved into place in one rename: nothing is ever half-written.
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const staging = fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}-`));
    const written: string[] = [];
    try {
        for (const file of templateFiles(source)) {
            const out = file.replace(/\.tmpl$/, "").replace(/^gitignore$/, ".gitignore");
            const text = fs.readFileSync(path.join(source, file), "utf8").replace(placeholders, (key) => JSON.stringify(values[key]).slice(1, -1));
            fs.mkdirSync(path.join(staging, path.dirname(out)), { recursive: true });
            fs.writeFileSync(path.join(staging, out), text, { flag: "wx" });
            written.push(out.split(path.sep).join("/"));
        }
        if (fs.existsSync(target)) fs.rmdirSync(target); // empty, checked above
        fs.renameSync(staging, target);
    } catch (error) {
        fs.rmSync(staging, { recursive: true, force: true });
        throw error;
    }
    return written.sort();
}
