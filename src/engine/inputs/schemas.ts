/** JSON schemas of the documents `guardrails check` reads; validated with ajv. */
import type AjvClass from "ajv";
import type { ErrorObject, ValidateFunction } from "ajv";
import { precompiledValidator } from "../../precompiled-validators";

const stringList = { type: "array", items: { type: "string" } } as const;

const stateResource = {
    type: "object",
    required: ["urn", "type"],
    properties: {
        urn: { type: "string", minLength: 1 },
        type: { type: "string", minLength: 1 },
        id: { type: "string" },
        custom: { type: "boolean" },
        delete: { type: "boolean" },
        inputs: { type: "object" },
        outputs: { type: "object" },
        parent: { type: "string" },
        provider: { type: "string" },
        dependencies: stringList,
        propertyDependencies: { type: "object", additionalProperties: stringList },
    },
} as const;

export const stackExportSchema = {
    type: "object",
    required: ["version", "deployment"],
    properties: {
        version: { type: "integer" },
        deployment: {
            type: "object",
            properties: { resources: { type: "array", items: stateResource } },
        },
    },
} as const;

export const previewSchema = {
    type: "object",
    required: ["steps"],
    properties: {
        steps: {
            type: "array",
            items: {
                type: "object",
                required: ["op"],
                properties: { op: { type: "string" }, urn: { type: "string" }, newState: stateResource, oldState: { type: "object" } },
            },
        },
    },
} as const;

const terraformInstance = {
    type: "object",
    properties: {
        index_key: { type: ["string", "integer"] },
        status: { type: "string" },
        deposed: { type: "string" },
        attributes: { type: "object" },
        attributes_flat: { type: "object", additionalProperties: { type: "string" } },
        sensitive_attributes: { type: "array" },
        dependencies: stringList,
    },
} as const;

/** Terraform's state format version 4 (internal/states/statefile/version4.go in hashicorp/terraform). */
export const terraformStateSchema = {
    type: "object",
    required: ["version", "resources"],
    properties: {
        version: { type: "integer" },
        terraform_version: { type: "string" },
        lineage: { type: "string" },
        resources: {
            type: "array",
            items: {
                type: "object",
                required: ["mode", "type", "name", "instances"],
                properties: {
                    module: { type: "string" },
                    mode: { enum: ["managed", "data"] },
                    type: { type: "string", minLength: 1 },
                    name: { type: "string", minLength: 1 },
                    instances: { type: "array", items: terraformInstance },
                },
            },
        },
    },
} as const;

export const resourceListSchema = {
    type: "array",
    items: {
        type: "object",
        required: ["type"],
        properties: {
            type: { type: "string", pattern: ":" },
            name: { type: "string", minLength: 1 },
            urn: { type: "string", minLength: 1 },
            props: { type: "object" },
        },
    },
} as const;

/** Made on the first validation: loading ajv costs about 0.03 s, which commands that read no input must not pay. */
let ajv: AjvClass | undefined;
const compiled = new Map<object, ValidateFunction>();

/** `/deployment/resources/3/urn` → `deployment.resources[3].urn`. */
export function readablePath(instancePath: string): string {
    return instancePath
        .split("/")
        .slice(1)
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc === "" ? part : `${acc}.${part}`), "");
}

/** One readable sentence for the first schema error, naming where it is. */
export function describeSchemaError(error: ErrorObject): string {
    const where = readablePath(error.instancePath) || "the document";
    if (error.keyword === "required") return `${where} is missing "${(error.params as { missingProperty: string }).missingProperty}"`;
    if (error.keyword === "pattern" && where.endsWith("type")) return `${where} must be a Pulumi type token such as aws:s3/bucket:Bucket`;
    // The allowed values come from the schema, never from the input: safe to print.
    if (error.keyword === "enum") return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    if (error.keyword === "const") return `${where} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
    if (error.keyword === "additionalProperties") return `${where} has an unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    return `${where} ${error.message ?? "is invalid"}`;
}

/** Validates `data` against `schema`; returns a description of the first problem, if any. */
export function schemaProblem(schema: object, data: unknown): string | undefined {
    let validate = compiled.get(schema);
    if (!validate) {
        // The build's generated validator when there is one (see precompiled-validators.ts), else
        // compiled now. validateSchema: false — constant schemas, checked against the meta-schema by
        // tests/json-schemas.test.ts; checking them again at run time compiles the meta-schema.
        validate = precompiledValidator(schema);
        if (!validate) {
            // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
            ajv ??= new ((require("ajv") as { default: typeof AjvClass }).default)({ allErrors: false, strict: false, validateSchema: false });
            validate = ajv.compile(schema);
        }
        compiled.set(schema, validate);
    }
    if (validate(data)) return undefined;
    const [first] = validate.errors ?? [];
    return first ? describeSchemaError(first) : "is invalid";
}
