/**
 * JSON-schema validators ajv generated at build time (scripts/compile-validators.mjs) for the
 * constant schemas runs check: rule settings, the governance config, baselines and the input
 * documents. Loading ajv and compiling them took about 0.05 s of each command that reads one;
 * the generated code loads in a few milliseconds. A validator is found by the very schema it was
 * generated from, so a rule whose schema changed since, or a library user's own, is compiled as
 * before.
 */
import type { ValidateFunction } from "ajv";

interface Generated {
    /** Each validator's schema, as JSON.stringify wrote it, by the validator's name. */
    readonly sources: Readonly<Record<string, string>>;
    readonly validators: Readonly<Record<string, ValidateFunction>>;
}

let bySource: Map<string, ValidateFunction> | null | undefined;

function load(): Map<string, ValidateFunction> | null {
    if (bySource === undefined) {
        let generated: Generated;
        try {
            // eslint-disable-next-line @typescript-eslint/no-require-imports -- written by the build beside this module; absent when run from source
            generated = require("./validators.generated") as Generated;
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw error;
            return (bySource = null);
        }
        bySource = new Map(Object.entries(generated.sources).map(([name, source]) => [source, generated.validators[name]]));
    }
    return bySource;
}

/**
 * The validator generated from exactly `schema`, if the build made one; ajv's options were
 * `{ allErrors: false, strict: false, validateSchema: false }`, as the run-time compiles' are.
 */
export function precompiledValidator(schema: object): ValidateFunction | undefined {
    return load()?.get(JSON.stringify(schema));
}
