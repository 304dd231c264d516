/**
 * The types catch mistakes: each snippet is compiled with the project's compiler options and
 * must give exactly the diagnostics listed (none, or errors whose text names the mistake).
 * All snippets share one program, so the whole file costs one compilation.
 */
import * as path from "node:path";
import ts from "typescript";
import { repoRoot } from "./support";

interface Expected {
    readonly code: number;
    /** Text the diagnostic must contain, so it is the error we mean and not another one. */
    readonly includes: string;
}

interface Snippet {
    readonly source: string;
    readonly errors: readonly Expected[];
}

const RULE = `title: "t", description: "d", severity: "low", remediation: "r", defaultLevel: "advisory"`;
const IMPORTS = `
import { defineRule } from "../../src";
import { mockResource } from "../../src/testing";
import type {} from "../../src/types/aws/s3";
`;

const snippets: Record<string, Snippet> = {
    "misspelled-token": {
        source: `${IMPORTS}
export const rule = defineRule({ id: "x", ${RULE}, resourceType: "aws:s3/bucket:Buckett", validate() {} });
export const mock = mockResource("aws:s3/bucket:Buckett", {});
`,
        errors: [
            { code: 2769, includes: `Type '"aws:s3/bucket:Buckett"' is not assignable to type 'ResourceType | readonly ResourceType[]'. Did you mean '"aws:s3/bucket:Bucket"'?` },
            { code: 2345, includes: `Argument of type '"aws:s3/bucket:Buckett"' is not assignable to parameter of type 'ResourceType'` },
        ],
    },
    "misspelled-mock-property": {
        source: `${IMPORTS}
export const ok = mockResource("aws:s3/bucket:Bucket", { bucket: "logs", tags: { owner: "me" } });
export const typo = mockResource("aws:s3/bucket:Bucket", { buckett: "logs" });
export const wrongType = mockResource("aws:s3/bucket:Bucket", { forceDestroy: "yes" });
export const untyped = mockResource.untyped("aws:s3/bucket:Bucket", { forceDestroy: "yes" });
`,
        errors: [
            { code: 2561, includes: "'buckett' does not exist in type 'MockProps<\"aws:s3/bucket:Bucket\">'. Did you mean to write 'bucket'?" },
            { code: 2322, includes: "Type 'string' is not assignable to type 'boolean | undefined'" },
        ],
    },
    "misspelled-example-property": {
        source: `${IMPORTS}
export const rule = defineRule({
    id: "x", ${RULE},
    resourceType: "aws:s3/bucket:Bucket",
    examples: { violating: [{ resources: [{ type: "aws:s3/bucket:Bucket", name: "b", props: { bukcet: "b" } }] }], compliant: [] },
    validate() {},
});
`,
        errors: [{ code: 2769, includes: "'bukcet' does not exist in type 'Partial<UnwrappedObject<BucketArgs>>" }],
    },
    "narrowing-by-resource-type": {
        source: `${IMPORTS}
export const rule = defineRule({
    id: "x", ${RULE},
    resourceType: ["aws:s3/bucket:Bucket", "aws:s3/bucketAcl:BucketAcl"],
    validate(_props, ctx) {
        const { resource } = ctx;
        if (resource.type === "aws:s3/bucket:Bucket") {
            const name: string | undefined = resource.props.bucket;
            void name;
        } else {
            const acl: string | undefined = resource.props.acl;
            void acl;
        }
        void resource.props.forceDestroy;
    },
});
`,
        errors: [{ code: 2339, includes: "Property 'forceDestroy' does not exist" }],
    },
    "config-from-schema": {
        source: `${IMPORTS}
export const rule = defineRule({
    id: "x", ${RULE},
    configSchema: {
        properties: {
            ports: { type: "array", items: { type: "number" } },
            mode: { type: "string", enum: ["strict", "loose"] },
            note: { type: "string" },
        },
    } as const,
    configDefaults: { ports: [22], mode: "strict" },
    resourceType: "aws:s3/bucket:Bucket",
    validate(_props, ctx) {
        const ports: number[] = ctx.config.ports;
        const mode: "strict" | "loose" = ctx.config.mode;
        const note: string | undefined = ctx.config.note;
        const wrong: string = ctx.config.ports;
        void ports, mode, note, wrong;
    },
});
export const badDefault = defineRule({
    id: "y", ${RULE},
    configSchema: { properties: { ports: { type: "array", items: { type: "number" } } } },
    configDefaults: { ports: ["22"] },
    resourceType: "aws:s3/bucket:Bucket",
    validate() {},
});
`,
        errors: [
            { code: 2322, includes: "Type 'number[]' is not assignable to type 'string'" },
            { code: 2769, includes: "Type 'string' is not assignable to type 'number'" },
        ],
    },
    "custom-provider": {
        source: `${IMPORTS}
declare module "pulumi-guardrails" {
    interface CustomResourceArgs {
        "mycorp:index:Thing": { size?: number; owner?: string };
    }
}
export const rule = defineRule({
    id: "x", ${RULE},
    resourceType: "mycorp:index:Thing",
    validate(props) {
        const size: number | undefined = props.size;
        void size;
    },
});
export const ok = mockResource("mycorp:index:Thing", { size: 3 });
export const typo = mockResource("mycorp:index:Thing", { sise: 3 });
`,
        errors: [{ code: 2353, includes: "'sise' does not exist in type 'MockProps<\"mycorp:index:Thing\">'" }],
    },
    "service-types-not-imported": {
        source: `${IMPORTS}
export const rule = defineRule({
    id: "x", ${RULE},
    resourceType: "kubernetes:apps/v1:Deployment",
    validate(props) {
        void props.spec;
    },
});
`,
        errors: [{ code: 2339, includes: `Property 'spec' does not exist on type 'ServiceTypesNotImported<"kubernetes/apps">'` }],
    },
};

function compileSnippets(): Map<string, ts.Diagnostic[]> {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(repoRoot, "tsconfig.json"), {}, {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
            throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
    });
    if (!config) throw new Error("tsconfig.json could not be read");
    // Virtual files two levels below the root, so `../../src` resolves as in a rule file.
    const dir = path.join(repoRoot, "tests", "__typing__");
    const files = new Map(Object.entries(snippets).map(([name, s]) => [path.join(dir, `${name}.ts`), s.source]));
    // Snippets import more than each one uses; unused names are not what is tested.
    const options: ts.CompilerOptions = { ...config.options, noUnusedLocals: false, noEmit: true, incremental: false, types: [], declaration: false, sourceMap: false };
    const host = ts.createCompilerHost(options);
    const { fileExists, readFile, getSourceFile } = host;
    host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
    host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
    host.getSourceFile = (file, language, ...rest) => {
        const text = files.get(file);
        return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language);
    };
    const program = ts.createProgram([...files.keys()], options, host);
    const byName = new Map<string, ts.Diagnostic[]>();
    for (const [file] of files) {
        const source = program.getSourceFile(file);
        if (!source) throw new Error(`${file} was not compiled`);
        byName.set(path.basename(file, ".ts"), [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]);
    }
    return byName;
}

let diagnostics: Map<string, ts.Diagnostic[]>;
beforeAll(() => {
    diagnostics = compileSnippets();
}, 180_000);

test.each(Object.entries(snippets))("%s", (name, snippet) => {
    const found = (diagnostics.get(name) ?? []).map((d) => ({ code: d.code, text: ts.flattenDiagnosticMessageText(d.messageText, "\n") }));
    expect(found).toEqual(snippet.errors.map((e) => ({ code: e.code, text: expect.stringContaining(e.includes) })));
});
