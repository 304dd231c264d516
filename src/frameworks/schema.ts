/**
 * The shape of the framework data files in `frameworks/*.json`: their TypeScript types and the
 * JSON schema they validate against (draft-07, as Ajv reads it by default).
 */

/** One control (requirement, recommendation) of a framework. */
export interface FrameworkControl {
    /** The control's identifier exactly as rules name it in `frameworks` metadata (`2.1.4`, `SC-8(1)`, `S3.5`). */
    readonly id: string;
    /** A short title in this project's own words. */
    readonly title: string;
    /**
     * `false` when the control is assessed manually by its source, or is a documentation, review,
     * training or other procedural requirement that resource configuration cannot show.
     * Absent means automatable.
     */
    readonly automatable?: boolean;
}

/** One framework version, as a data file holds it. */
export interface Framework {
    /** The framework's full name: "CIS Amazon Web Services Foundations Benchmark". */
    readonly framework: string;
    /** The name users pass: `cis-aws-foundations`, `pci-dss`, ... */
    readonly name: string;
    /** The framework's version, e.g. `3.0`. */
    readonly version: string;
    /** The key rules use in their `frameworks` metadata: `cis-aws-3.0`, `pci-dss-4.0`, ... */
    readonly key: string;
    /** Where the list comes from: publication and URL. */
    readonly source: string;
    /** When the list was taken from the source (YYYY-MM-DD). */
    readonly retrieved: string;
    /** What part of the framework the list covers, when it is not all of it. */
    readonly scope?: string;
    /** Every control in scope, in the source's order. */
    readonly controls: readonly FrameworkControl[];
}

/** Identifier patterns per rule metadata key; a data file whose ids do not fit is rejected. */
export const CONTROL_ID_PATTERNS: Readonly<Record<string, string>> = {
    "cis-aws-3.0": "^[1-5](\\.[0-9]+){1,2}$",
    "cis-k8s-1.9": "^[1-5](\\.[0-9]+){0,2}$",
    "cis-azure-6.0": "^[1-9](\\.[0-9]+){1,3}$",
    "cis-gcp-5.0": "^[1-9](\\.[0-9]+){1,2}$",
    "aws-fsbp": "^[A-Za-z0-9]+\\.[0-9]+$",
    "nist-800-53-r5": "^[A-Z]{2}-[0-9]+(\\([0-9]+\\))?$",
    "pci-dss-4.0": "^(1[0-2]|[1-9])(\\.[0-9]+){2,3}$",
};

const FRAMEWORK_OBJECT = {
    type: "object",
    additionalProperties: false,
    required: ["framework", "name", "version", "key", "source", "retrieved", "controls"],
    properties: {
        framework: { type: "string", minLength: 1 },
        name: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
        version: { type: "string", minLength: 1 },
        key: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9.]+)*$" },
        source: { type: "string", minLength: 10 },
        retrieved: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        scope: { type: "string", minLength: 1 },
        controls: {
            type: "array",
            minItems: 1,
            items: {
                type: "object",
                additionalProperties: false,
                required: ["id", "title"],
                properties: {
                    id: { type: "string", minLength: 1 },
                    title: { type: "string", minLength: 1, maxLength: 120 },
                    automatable: { type: "boolean" },
                },
            },
        },
    },
    allOf: Object.entries(CONTROL_ID_PATTERNS).map(([key, pattern]) => ({
        if: { properties: { key: { const: key } }, required: ["key"] },
        then: { properties: { controls: { items: { properties: { id: { pattern } } } } } },
    })),
} as const;

/**
 * JSON schema of a data file: one framework object, or an array of them (a file may hold
 * several profiles of one publication, as `kubernetes-pss.json` does). Uniqueness of control ids
 * within a framework, which JSON schema cannot express for object arrays, is checked by
 * `loadFrameworks`.
 */
export const FRAMEWORK_FILE_SCHEMA = {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "urn:pulumi-guardrails:framework-file",
    title: "pulumi-guardrails framework data file",
    definitions: { framework: FRAMEWORK_OBJECT },
    oneOf: [{ $ref: "#/definitions/framework" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/framework" } }],
} as const;
