/**
 * The layer rules in architecture.json hold: the real tree has no forbidden import, and the
 * checker catches each kind of forbidden arrow (type-only imports included) in a small tree.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { repoRoot } from "./support";

const depcruise = path.join(repoRoot, "node_modules", ".bin", "depcruise");

function cruise(cwd: string, config: string): { status: number | null; output: string } {
    // CI may force colour on; the arrows are matched as plain text.
    const env = { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" };
    const result = spawnSync(depcruise, ["src", "packs", "--config", config, "--output-type", "err"], { cwd, env, encoding: "utf8", timeout: 60_000 });
    return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}

interface Architecture {
    parts: Record<string, { paths: string[]; mayImport: string[] }>;
}

test("architecture.json names only known parts, and every source file belongs to exactly one part", () => {
    const { parts } = JSON.parse(fs.readFileSync(path.join(repoRoot, "architecture.json"), "utf8")) as Architecture;
    for (const part of Object.values(parts)) for (const other of part.mayImport) expect(Object.keys(parts)).toContain(other);
    const files = spawnSync("git", ["ls-files", "src", "packs"], { cwd: repoRoot, encoding: "utf8" })
        .stdout.split("\n")
        .filter((f) => f.endsWith(".ts") && !/\.test\.ts$|\/__tests__\//.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
        const owners = Object.entries(parts).filter(([, part]) => part.paths.some((p) => new RegExp(p).test(file)));
        expect({ file, owners: owners.map(([name]) => name) }).toEqual({ file, owners: [expect.any(String)] });
    }
});

test("the source tree has no forbidden import", () => {
    const { status, output } = cruise(repoRoot, ".dependency-cruiser.cjs");
    expect(output).toContain("no dependency violations found");
    expect(status).toBe(0);
});

describe("a forbidden import fails the check", () => {
    let tree: string;
    const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
        fs.writeFileSync(path.join(tree, file), text);
    };

    beforeAll(() => {
        tree = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-architecture-"));
        fs.copyFileSync(path.join(repoRoot, "architecture.json"), path.join(tree, "architecture.json"));
        fs.copyFileSync(path.join(repoRoot, ".dependency-cruiser.cjs"), path.join(tree, ".dependency-cruiser.cjs"));
        write("tsconfig.json", JSON.stringify({ compilerOptions: { module: "commonjs", moduleResolution: "node", strict: true } }));
        write("src/rule.ts", "export interface Rule { id: string }\n");
        write("src/result.ts", 'import type { Rule } from "./rule";\nexport interface CheckResult { rules: Rule[] }\n');
        write("src/engine/check.ts", 'import type { CheckResult } from "../result";\nexport const check = (): CheckResult => ({ rules: [] });\n');
        write("src/testing/run.ts", 'import { check } from "../engine/check";\nexport const run = check;\n');
        write("packs/shared/iam.ts", 'import type { Rule } from "../../src/rule";\nexport const admin = (r: Rule) => r.id;\n');
        write("packs/aws-security/iam/admin.ts", 'import { admin } from "../../shared/iam";\nexport default admin;\n');
        write("packs/kubernetes/rbac/wild.ts", 'import type { Rule } from "../../../src/rule";\nexport default (r: Rule) => r;\n');
    });
    afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

    test("the allowed arrows of the small tree pass", () => {
        const { status, output } = cruise(tree, ".dependency-cruiser.cjs");
        expect(output).toContain("no dependency violations found");
        expect(status).toBe(0);
    });

    const forbidden: Array<[string, string, string, string]> = [
        ["a report importing the engine (type-only)", "src/report/json.ts", 'import type { check } from "../engine/check";\nexport type C = typeof check;\n', "src/report/json.ts → src/engine/check.ts"],
        ["the engine importing the testing kit", "src/engine/program.ts", 'import { run } from "../testing/run";\nexport const p = run;\n', "src/engine/program.ts → src/testing/run.ts"],
        ["a pack importing another pack", "packs/kubernetes/rbac/aws.ts", 'import admin from "../../aws-security/iam/admin";\nexport default admin;\n', "packs/kubernetes/rbac/aws.ts → packs/aws-security/iam/admin.ts"],
        ["the core importing the engine", "src/pack.ts", 'import { check } from "./engine/check";\nexport const c = check;\n', "src/pack.ts → src/engine/check.ts"],
        ["shared pack logic importing a pack", "packs/shared/k8s.ts", 'import wild from "../kubernetes/rbac/wild";\nexport default wild;\n', "packs/shared/k8s.ts → packs/kubernetes/rbac/wild.ts"],
    ];

    describe("each forbidden arrow is reported", () => {
        // One cruise over the tree with every forbidden file in it (each cruise starts a process
        // and a TypeScript parse); each case still asserts that its own arrow is named.
        let run: { status: number | null; output: string };
        beforeAll(() => {
            for (const [, file, text] of forbidden) write(file, text);
            run = cruise(tree, ".dependency-cruiser.cjs");
        });

        test.each(forbidden)("%s", (_name, _file, _text, arrow) => {
            expect(run.output).toContain(arrow);
            expect(run.status).not.toBe(0);
        });
    });
});
