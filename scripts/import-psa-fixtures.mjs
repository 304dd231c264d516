#!/usr/bin/env node
/**
 * Imports the Pod Security Admission (PSA) test fixtures as data cases for
 * packs/kubernetes/psa-fixtures.test.ts.
 *
 * Upstream (kubernetes/kubernetes, staging/src/k8s.io/pod-security-admission, published as
 * kubernetes/pod-security-admission) generates one YAML Pod per fixture at
 *   test/testdata/<baseline|restricted>/v1.<minor>/<pass|fail>/<check><n>.yaml
 * This script reads them straight from a git directory (no work tree needed) and writes
 * packs/kubernetes/psa-fixtures/<level>.json: a provenance header and compact cases
 *   { level, version, expect, check, file, spec, metadata? }
 * keeping only the pod spec and the metadata PSA judges (name, annotations). No upstream code
 * is copied.
 *
 * Versions: every minor from --from (default v1.25) to the newest one present (or --to), but a
 * minor is written only when its fixtures differ from the previous minor's, plus the first and
 * the last. That keeps the data small and still covers every minor where a check changed.
 *
 *   node scripts/import-psa-fixtures.mjs --git-dir /work/.mirror/kubernetes+pod-security-admission/repo \
 *       [--commit HEAD] [--prefix test/testdata] [--from v1.25] [--to v1.36] [--repo kubernetes/pod-security-admission]
 *
 * For the monorepo use --repo kubernetes/kubernetes --prefix staging/src/k8s.io/pod-security-admission/test/testdata.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const LEVELS = ["baseline", "restricted"];
const FILE = /^(pass|fail)\/([a-z_]+?)(\d+)\.yaml$/;

function parseArgs(argv) {
    const args = { commit: "HEAD", prefix: "test/testdata", from: "v1.25", to: undefined, repo: "kubernetes/pod-security-admission", out: undefined };
    for (let i = 0; i < argv.length; i++) {
        const key = argv[i].replace(/^--/, "");
        const value = argv[i + 1];
        if (!["git-dir", "commit", "prefix", "from", "to", "repo", "out"].includes(key) || value === undefined) {
            throw new Error(`unknown or incomplete argument ${argv[i]}`);
        }
        args[key === "git-dir" ? "gitDir" : key] = value;
        i++;
    }
    if (!args.gitDir) throw new Error("--git-dir is required");
    return args;
}

function minorOf(version) {
    const match = /^v1\.(\d+)$/.exec(version);
    if (!match) throw new Error(`version "${version}" is not of the form v1.<minor>`);
    return Number(match[1]);
}

function git(args, gitDir) {
    return execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** path (relative to the version folder) → blob id, for one level and minor. */
function listVersion(args, level, minor) {
    let out;
    try {
        out = git(["ls-tree", "-r", args.commit, `${args.prefix}/${level}/v1.${minor}/`], args.gitDir);
    } catch {
        return new Map();
    }
    const files = new Map();
    for (const line of out.split("\n")) {
        const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/.exec(line);
        if (!match) continue;
        const rel = match[2].slice(`${args.prefix}/${level}/v1.${minor}/`.length);
        if (FILE.test(rel)) files.set(rel, match[1]);
    }
    return files;
}

function sameFiles(a, b) {
    if (a.size !== b.size) return false;
    for (const [path, blob] of a) if (b.get(path) !== blob) return false;
    return true;
}

function toCase(args, level, minor, rel, blob) {
    const [, expect, check] = FILE.exec(rel);
    const doc = parse(git(["cat-file", "blob", blob], args.gitDir));
    if (!doc || doc.kind !== "Pod") throw new Error(`${level}/v1.${minor}/${rel}: not a Pod`);
    const metadata = {};
    if (doc.metadata?.name !== undefined) metadata.name = doc.metadata.name;
    if (doc.metadata?.annotations !== undefined) metadata.annotations = doc.metadata.annotations;
    return { level, version: `v1.${minor}`, expect, check, file: `${level}/v1.${minor}/${rel}`, metadata, spec: doc.spec ?? {} };
}

function main() {
    const args = parseArgs(process.argv.slice(2));
    const commit = git(["rev-parse", args.commit], args.gitDir).trim();
    const date = git(["log", "-1", "--format=%cI", commit], args.gitDir).trim();
    const root = join(dirname(fileURLToPath(import.meta.url)), "..");
    const outDir = args.out ?? join(root, "packs/kubernetes/psa-fixtures");
    mkdirSync(outDir, { recursive: true });
    const from = minorOf(args.from);
    for (const level of LEVELS) {
        let to = args.to ? minorOf(args.to) : from;
        if (!args.to) while (listVersion({ ...args, commit }, level, to + 1).size > 0) to++;
        const versions = [];
        let previous;
        for (let minor = from; minor <= to; minor++) {
            const files = listVersion({ ...args, commit }, level, minor);
            if (files.size === 0) continue;
            const changed = !previous || !sameFiles(previous, files);
            if (changed || minor === to) versions.push({ minor, files });
            previous = files;
        }
        const cases = [];
        for (const { minor, files } of versions) {
            for (const rel of [...files.keys()].sort()) cases.push(toCase({ ...args, commit }, level, minor, rel, files.get(rel)));
        }
        const document = {
            provenance: {
                repo: args.repo,
                commit,
                commitDate: date,
                pathPattern: `${args.prefix}/${level}/v1.<minor>/<pass|fail>/<check><n>.yaml`,
                versions: versions.map((v) => `v1.${v.minor}`),
                note: "Derived data: each case is one upstream fixture Pod reduced to its spec and the metadata PSA judges. Regenerate with scripts/import-psa-fixtures.mjs.",
                generated: new Date().toISOString().slice(0, 10),
            },
            cases,
        };
        // One case a line: small, and diffs stay readable when upstream adds or changes a fixture.
        const body = cases.map((c) => `  ${JSON.stringify(c)}`).join(",\n");
        writeFileSync(join(outDir, `${level}.json`), `{\n "provenance": ${JSON.stringify(document.provenance)},\n "cases": [\n${body}\n ]\n}\n`);
        process.stdout.write(`${level}: ${cases.length} cases from ${document.provenance.versions.join(", ")}\n`);
    }
}

main();
