#!/usr/bin/env node
/**
 * The `guardrails` command. Thin: parses arguments with commander and calls the engine.
 * Exit codes: 0 no mandatory violation, 1 at least one, 2 bad usage or bad input (one line on
 * stderr, no stack trace).
 */
import { Command, CommanderError, Option } from "commander";
import { allPacks } from "../../packs";
import { InputError, packageVersion, ProgramError } from "../engine";
import { CATALOG_FORMATS, FORMATS, renderCatalog, type CatalogFormat } from "../report";
import { runCheck, runPreview, parseFormat } from "./check-command";
import { emit } from "./output";

const EXIT_BAD_INPUT = 2;

function buildProgram(): Command {
    const program = new Command("guardrails")
        .description("Check Pulumi resources against pulumi-guardrails policy packs, offline.")
        .version(packageVersion())
        .exitOverride()
        .configureOutput({ outputError: (text, write) => write(`guardrails: ${text.replace(/^error: /, "").trim()}\n`) });

    program
        .command("check")
        .description("check a `pulumi stack export`, `pulumi preview --json` output, or a JSON array of resources")
        .argument("<file>", "the document to check")
        .option("--packs <names>", `comma-separated packs to run (default: all of ${allPacks.map((p) => p.name).join(", ")})`)
        .option("--config <file>", "a --policy-pack-config JSON document: levels and rule settings")
        .option("--env <name>", "apply a shipped environment config (config/<name>.json) before --config")
        .addOption(new Option("--format <format>", "report format").choices([...FORMATS]).default("table"))
        .option("--output <file>", "write the report to a file instead of stdout")
        .action(async (file: string, options) => {
            process.exitCode = await runCheck(file, options, allPacks);
        });

    program
        .command("preview")
        .description("run a Pulumi program under mocks (no CLI, no credentials) and check what it would create")
        .argument("<dir>", "the program's directory (with Pulumi.yaml)")
        .option("--stack <name>", "stack whose Pulumi.<stack>.yaml config to use", "dev")
        .option("--packs <names>", "comma-separated packs to run (default: all)")
        .option("--config <file>", "a --policy-pack-config JSON document: levels and rule settings")
        .option("--env <name>", "apply a shipped environment config (config/<name>.json) before --config")
        .addOption(new Option("--format <format>", "report format").choices([...FORMATS]).default("table"))
        .option("--output <file>", "write the report to a file instead of stdout")
        .action(async (dir: string, options) => {
            process.exitCode = await runPreview(dir, options, allPacks);
        });

    program
        .command("catalog")
        .description("list every rule with its metadata")
        .addOption(new Option("--format <format>", "catalog format").choices([...CATALOG_FORMATS]).default("table"))
        .option("--output <file>", "write the catalog to a file instead of stdout")
        .action((options: { format: string; output?: string }) => {
            const format = parseFormat(options.format, CATALOG_FORMATS) as CatalogFormat;
            emit(renderCatalog(allPacks, format, { tool: { name: "pulumi-guardrails", version: packageVersion() } }), options.output);
        });
    return program;
}

export async function main(argv: readonly string[]): Promise<number> {
    try {
        await buildProgram().parseAsync([...argv], { from: "user" });
        return typeof process.exitCode === "number" ? process.exitCode : 0;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version end with exit code 0; usage errors were already printed on one line.
            return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
        }
        if (error instanceof InputError || error instanceof ProgramError) {
            process.stderr.write(`guardrails: ${error.message}\n`);
            return EXIT_BAD_INPUT;
        }
        process.stderr.write(`guardrails: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_BAD_INPUT;
    }
}

if (require.main === module) {
    // A program that failed under `preview` can leave rejected promises in its SDK that settle
    // after the failure was reported; they must not turn exit code 2 into a crash.
    let failureReported = false;
    const late = (error: unknown) => {
        if (!failureReported) {
            failureReported = true;
            process.stderr.write(`guardrails: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
        }
        process.exitCode = EXIT_BAD_INPUT;
    };
    process.on("unhandledRejection", late);
    process.on("uncaughtException", late);
    main(process.argv.slice(2)).then((code) => {
        failureReported ||= code === EXIT_BAD_INPUT;
        process.exitCode = code;
    });
}
