/**
 * `npm run new-rule` (scripts/new-rule.mjs), run against a temporary copy of src/ and packs/:
 * it refuses bad paths with exit code 2 and one line, and what it writes type-checks, is listed
 * in its pack, and passes its own test.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ts from "typescript";
import { repoRoot } from "./support";

const script = path.join(repoRoot, "scripts", "new-rule.mjs");
let tree: string;

const scaffold = (...args: string[]) => spawnSync(process.execPath, [script, ...args, "--root", tree], { encoding: "utf8" });
const read = (file: string) => fs.readFileSync(path.join(tree, file), "utf8");

beforeAll(() => {
    tree = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-new-rule-"));
    for (const dir of ["src", "packs", "docs/rules"]) fs.cpSync(path.join(repoRoot, dir), path.join(tree, dir), { recursive: true });
    fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(tree, "node_modules"), "dir");
});

afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

test.each([
    ["a malformed path", ["aws-security/S3/Bucket_x"], /is not <pack>\/<folder>\/<name>/],
    ["a path without a folder", ["aws-security/bucket-x"], /is not <pack>\/<folder>\/<name>/],
    ["a helper folder", ["aws-security/lib/x"], /holds helpers/],
    ["an unknown pack", ["oracle-security/storage/account-https"], /unknown pack "oracle-security"/],
    ["an existing file", ["aws-security/ec2/imdsv2-required"], /packs\/aws-security\/ec2\/imdsv2-required\.ts already exists/],
    ["an id in use", ["aws-security/cost/monthly-budget"], /the id "cost-monthly-budget" is already used/],
    ["no path", [], /usage: npm run new-rule/],
])("refuses %s with exit code 2 and one line", (_name, args, message) => {
    const result = scaffold(...args);
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: "" });
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
});

describe.each([
    ["aws-security/s3/bucket-no-website", "s3-bucket-no-website", "s3", "aws:s3/bucket:Bucket", "packs/aws-security/index.ts", "s3BucketNoWebsite"],
    ["kubernetes/workloads/container-no-foo", "k8s-container-no-foo", "kubernetes", "kubernetes:apps/v1:Deployment", "packs/kubernetes/rules.ts", "k8sContainerNoFoo"],
    ["tagging/aws/tag-value-length", "tagging-tag-value-length", "tagging", undefined, "packs/tagging/index.ts", "taggingTagValueLength"],
])("new-rule %s", (spec, id, service, type, listFile, variable) => {
    const [, folder, name] = spec.split("/");
    const ruleFile = `packs/${spec}.ts`;
    const testFile = `packs/${spec}.test.ts`;

    beforeAll(() => {
        const result = scaffold(spec);
        expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
        expect(result.stdout).toContain(`created ${ruleFile} (id ${id})`);
    });

    test("writes the rule with its id, service and type, and its test beside it", () => {
        expect(read(ruleFile)).toContain(`id: "${id}",`);
        expect(read(ruleFile)).toContain(`service: "${service}",`);
        if (type) expect(read(ruleFile)).toContain(`resourceType: "${type}",`);
        expect(read(testFile)).toContain(`import rule from "./${name}";`);
        expect(fs.readFileSync(path.join(repoRoot, listFile), "utf8")).not.toContain(variable);
    });

    test("lists it in the pack, in a file that still parses", () => {
        const text = read(listFile);
        expect(text).toContain(`import ${variable} from "./${folder}/${name}";\n`);
        expect(text).toMatch(new RegExp(`[\\[,]\\s*${variable},?\\s*\\]`));
        const { diagnostics } = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.CommonJS } });
        expect(diagnostics).toEqual([]);
    });

    test("refuses to run twice", () => {
        expect(scaffold(spec).status).toBe(2);
    });
});

test("the generated rules and tests type-check", () => {
    // The generated files and the service type modules they rely on, as `npm run typecheck` sees them.
    const typeModules = (fs.readdirSync(path.join(tree, "src", "types"), { recursive: true }) as string[])
        .filter((f) => f.endsWith(".ts"))
        .map((f) => path.join(tree, "src", "types", f));
    const generated = ["aws-security/s3/bucket-no-website", "kubernetes/workloads/container-no-foo", "tagging/aws/tag-value-length"].flatMap((spec) => [
        path.join(tree, "packs", `${spec}.ts`),
        path.join(tree, "packs", `${spec}.test.ts`),
    ]);
    const program = ts.createProgram([...typeModules, ...generated], {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        lib: ["lib.es2022.d.ts"],
        types: ["node", "jest"],
        strict: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        esModuleInterop: true,
        skipLibCheck: true,
        resolveJsonModule: true,
        noEmit: true,
    });
    const problems = generated.flatMap((file) =>
        ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => `${path.relative(tree, file)}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`),
    );
    expect(problems).toEqual([]);
}, 180_000);

test("the generated tests pass (violating, compliant, unknown)", () => {
    const config = { testEnvironment: "node", transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false, tsconfig: { module: "commonjs", esModuleInterop: true, isolatedModules: true } }] } };
    const result = spawnSync(
        path.join(repoRoot, "node_modules", ".bin", "jest"),
        ["--rootDir", tree, "--config", JSON.stringify(config), "--ci", "packs/aws-security/s3/bucket-no-website", "packs/kubernetes/workloads/container-no-foo", "packs/tagging/aws/tag-value-length"],
        { cwd: tree, encoding: "utf8", timeout: 120_000 },
    );
    expect({ status: result.status, output: result.status === 0 ? "" : result.stderr }).toEqual({ status: 0, output: "" });
    expect(result.stderr).toMatch(/Tests:\s+9 passed, 9 total/);
}, 180_000);
