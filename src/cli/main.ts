#!/usr/bin/env node
/**
 * The `guardrails` command. Thin: parses arguments with commander and calls the engine.
 * Exit codes: 0 no mandatory violation, 1 at least one, 2 bad usage or bad input (one line on
 * stderr, no stack trace).
 *
 * Start-up: this module loads only what every command needs to parse its arguments (commander,
 * option names and choices). The packs and each command's module are loaded when a command
 * runs, so `--version`, `--help` and the governance commands do not pay for every rule module,
 * the engine or the report renderers they do not use. Nothing here loads @pulumi/policy's index
 * (all of @pulumi/pulumi: about a second); tests/cli-start.test.ts guards that.
 */
import * as path from "node:path";
import { NOW_HELP } from "./now-option";
import { Command, CommanderError, Option } from "commander";
import type * as Packs from "../../packs";
import type * as PacksEntry from "../packs-entry";
import { InputError } from "../engine/errors";
import type * as EngineConfig from "../engine/config";
import { packageVersion } from "../package-root";
// The report modules' constants, not the renderers: every command names formats in its options.
import { CATALOG_FORMATS, renderCatalog, type CatalogFormat } from "../report/catalog";
import { DEFAULT_MARKDOWN_BUDGET } from "../report/context";
import { FAIL_ON_VALUES, REPORT_SEVERITIES } from "../report/filter";
import { FORMATS } from "../report/formats";
import { STEP_SUMMARY_MARKDOWN_BUDGET } from "../report/markdown";
import { tolerateClosedStdout } from "./output";
import { FRAMEWORK_NAMES } from "../frameworks";
import { DECISION_OUTCOMES } from "../decision-outcomes";
import { refuseEmptyValues } from "./option-values";

const EXIT_BAD_INPUT = 2;
const GOVERNANCE_HELP = "the governance config: signature rules, trusted keys, limits (default: the shipped config/governance.json)";

/**
 * Every pack and rule, loaded on first use: the rule modules are most of a command's start-up.
 * Their config schemas are valid (tests/json-schemas.test.ts), so settings compile unchecked.
 */
function packs(): typeof Packs {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
    const loaded = require((require("../packs-entry") as typeof PacksEntry).packsEntry(path.join(__dirname, "..", "..", "packs"))) as typeof Packs;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded with the packs, as above
    (require("../engine/config") as typeof EngineConfig).trustConfigSchemas(loaded.allRules);
    return loaded;
}

/** Gives `option` a description worked out only when help is shown (commander reads it nowhere else). */
function describeLazily(option: Option, describe: () => string): Option {
    Object.defineProperty(option, "description", { get: describe, enumerable: true, configurable: true });
    return option;
}

function buildProgram(): Command {
    const program = new Command("guardrails")
        .description("Check Pulumi resources against pulumi-guardrails policy packs, offline.")
        .version(packageVersion())
        // `log who --policy x`: options after a subcommand belong to it, not to `log`.
        .enablePositionalOptions()
        .exitOverride()
        .configureOutput({ outputError: (text, write) => write(`guardrails: ${text.replace(/^error: /, "").trim()}\n`) });

    /** The options `check` and `preview` share: what to run, how, and where the report goes. */
    const withCheckOptions = (command: Command) =>
        command
            .addOption(describeLazily(new Option("--packs <names>"), () => `comma-separated packs to run (default: all of ${packs().allPacks.map((p) => p.name).join(", ")})`))
            .option("--pack <dir>", "run a platform team's built pack (its entry point calls composePack) at its own levels, instead of the library's packs")
            .option("--config <file>", "a --policy-pack-config JSON document: levels and rule settings")
            .option("--env <name>", "apply a shipped environment config (config/<name>.json) before --config")
            .option("--exemptions <file>", "an exemptions file (YAML or JSON): active exemptions are reported, not enforced")
            .option("--baseline <file>", "a baseline (guardrails baseline create): the findings it records are reported as baselined, only new ones fail")
            .option("--decision-log <file>", "append every decision to this JSON-lines log (default: $GUARDRAILS_DECISION_LOG)")
            .option("--framework <name>", `audit by a compliance framework's controls (${FRAMEWORK_NAMES.join(", ")})`)
            .addOption(new Option("--format <format>", "report format").choices([...FORMATS]).default("table"))
            .option("--output <file>", "write the report to a file instead of stdout (a verdict line goes to stderr)")
            .option("--summary", "print findings grouped by policy instead of the report (with --output, the report still goes to the file)")
            .addOption(new Option("--min-severity <severity>", "report only findings of rules this severe or more; the rest do not count for the verdict either").choices([...REPORT_SEVERITIES]))
            .addOption(new Option("--fail-on <severity|level>", "exit 1 when a non-exempted finding is this severe or more, or at this level (default: mandatory)").choices([...FAIL_ON_VALUES]))
            .option("--markdown-budget <chars>", `most characters of a markdown report (default ${DEFAULT_MARKDOWN_BUDGET}, a pull-request comment; step-summary: ${STEP_SUMMARY_MARKDOWN_BUDGET} bytes)`)
            .option("-q, --quiet", "print nothing but errors: the exit code is the verdict (--output is still written)")
            .option("--governance <file>", GOVERNANCE_HELP)
            .option("--key <file>", "the provisioning key the configuration must match (default: $GUARDRAILS_PROVISIONING_KEY)")
            .option("--now <time>", NOW_HELP);

    withCheckOptions(
        program
            .command("check")
            .description("check a `pulumi stack export`, `pulumi preview --json` output, or a JSON array of resources")
            .argument("<file>", "the document to check"),
    ).action(async (file: string, options) => {
        const { runCheck } = await import("./check-command");
        process.exitCode = await runCheck(file, options, packs().allPacks);
    });

    withCheckOptions(
        program
            .command("preview")
            .description("run a Pulumi program under mocks (no CLI, no credentials) and check what it would create")
            .argument("<dir>", "the program's directory (with Pulumi.yaml)")
            .option("--stack <name>", "stack whose Pulumi.<stack>.yaml config to use; it must exist (default: dev, whose file may be absent)"),
    ).action(async (dir: string, options) => {
        const { runPreview } = await import("./check-command");
        process.exitCode = await runPreview(dir, options, packs().allPacks);
    });

    const baseline = program.command("baseline").description("record today's findings, so that checks fail only on new ones");
    baseline
        .command("create")
        .description("check a stack export, preview JSON or program directory and record its findings by fingerprint (policy, URN, property path)")
        .argument("<input>", "the document (or program directory) to check")
        .requiredOption("--output <file>", "where to write the baseline (JSON)")
        .addOption(describeLazily(new Option("--packs <names>"), () => `comma-separated packs to run (default: all of ${packs().allPacks.map((p) => p.name).join(", ")})`))
        .option("--pack <dir>", "run a platform team's built pack (its entry point calls composePack) at its own levels, instead of the library's packs")
        .option("--config <file>", "a --policy-pack-config JSON document: levels and rule settings")
        .option("--env <name>", "apply a shipped environment config (config/<name>.json) before --config")
        .option("--expires-in <duration>", "the baseline stops lifting findings this long from now (e.g. 90d), so the debt comes due")
        .option("--expires <time>", "... or at this time (ISO 8601)")
        .option("--now <time>", NOW_HELP)
        .action(async (input: string, options) => {
            const { runBaselineCreate } = await import("./check-command");
            process.exitCode = await runBaselineCreate(input, options, packs().allPacks);
        });

    program
        .command("init")
        .description("start something new from a template")
        .command("pack")
        .description("write a platform team's pack into a new or empty directory: a selection of the library's rules, levels per environment, and a rule of its own with tests")
        .argument("<dir>", "the directory to create")
        .option("--name <name>", "the pack name (default: the directory's name)")
        .option("--rule-prefix <prefix>", "the prefix of the pack's own rule ids (default: the name without -guardrails)")
        .option("--library <spec>", "how package.json depends on pulumi-guardrails (default: this copy, or its version when installed from npm)")
        .action(async (dir: string, options) => {
            const { initPack } = await import("./init-pack");
            const files = initPack(dir, options);
            process.stdout.write(`Wrote ${files.length} files to ${dir}:\n${files.map((f) => `  ${f}`).join("\n")}\nNext: cd ${dir} && npm install && npm run build && npm test, then guardrails check <stack.json> --pack ${dir}\n`);
        });

    const exempt = program.command("exempt").description("just-in-time exemptions");
    exempt
        .command("add")
        .description("request a time-boxed exemption for a policy on some resources (signed with --sign-with where required)")
        .requiredOption("--file <file>", "the exemptions file (YAML or JSON; created if absent)")
        .requiredOption("--env <names>", "the environment(s) it may be used in, comma-separated; their governance sets its longest duration")
        .requiredOption("--policy <id>", "the policy to lift")
        .requiredOption("--resource <urn-glob...>", "URN glob(s) of the resources it covers")
        .requiredOption("--reason <text>", "why the exemption is needed")
        .requiredOption("--for <duration>", "how long it lasts (e.g. 4h, 2d), at most what its environments allow")
        .option("--sign-with <private key>", "sign it as the requester (guardrails trust keygen makes a key)")
        .option("--approved-by <who>", "who approved it, where signatures are not required (else: guardrails exempt approve)")
        .option("--requested-by <who>", "who asked for it (default: the signer, else the current actor); must differ from the approver")
        .option("--actor <who>", "only this identity may use it (the deployment's GUARDRAILS_ACTOR or CI user)")
        .option("--not-before <time>", "not usable before this time (ISO 8601)")
        .option("--governance <file>", GOVERNANCE_HELP)
        .action(async (options) => {
            const { exemptAdd } = await import("./governance-commands");
            const e = await exemptAdd(options, packs().allRules);
            const approval = e.approvedBy ? `approved by ${e.approvedBy}` : `awaiting approval: guardrails exempt approve --id ${e.id} --file ${options.file as string} --sign-with <approver key>`;
            process.stdout.write(`${e.id}: ${e.policy} lifted for ${e.resources.join(", ")} in ${(e.environments ?? []).join(", ")} until ${e.expiresAt} (${approval})\n`);
        });
    exempt
        .command("approve")
        .description("approve an exemption by signing it with your key (four eyes: not the requester's key)")
        .requiredOption("--file <file>", "the exemptions file")
        .requiredOption("--id <id>", "the exemption")
        .requiredOption("--sign-with <private key>", "the approver's private key")
        .option("--governance <file>", GOVERNANCE_HELP)
        .action(async (options) => {
            const { exemptApprove } = await import("./governance-commands");
            const e = await exemptApprove(options);
            process.stdout.write(`${e.id}: approved by ${e.approvedBy ?? ""} (signed), requested by ${e.requestedBy}, until ${e.expiresAt}\n`);
        });
    exempt
        .command("revoke")
        .description("revoke an exemption now; it stays in the file for history and has no effect")
        .argument("<id>", "the exemption")
        .requiredOption("--file <file>", "the exemptions file")
        .requiredOption("--reason <text>", "why it is revoked")
        .option("--by <who>", "who revokes it (default: the current actor)")
        .action(async (id: string, options) => {
            const { exemptRevoke } = await import("./governance-commands");
            const e = await exemptRevoke(id, options);
            process.stdout.write(`${e.id}: revoked at ${e.revokedAt} by ${e.revokedBy}\n`);
        });
    exempt
        .command("import")
        .description("add Pulumi Cloud's policy exceptions (pulumi policy exception list, or the REST list response) as exemptions")
        .argument("<file>", "the Pulumi exceptions (JSON: ListPolicyExceptionsResponse, an array of PolicyException, or one)")
        .requiredOption("--file <file>", "the exemptions file to add to (YAML or JSON; created if absent)")
        .requiredOption("--env <names>", "the environment(s) they may be used in, comma-separated (not one that requires signatures)")
        .option("--approved-by <who>", "who approved exceptions that Pulumi created without a change request (else they await approval)")
        .option("--governance <file>", GOVERNANCE_HELP)
        .action(async (source: string, options) => {
            const { exemptImport } = await import("./pulumi-exceptions-commands");
            await exemptImport(source, options, packs().allRules);
        });
    exempt
        .command("export")
        .description("write the exemptions that apply now as Pulumi Cloud CreatePolicyExceptionRequest documents (a JSON array)")
        .requiredOption("--file <file>", "the exemptions file")
        .option("--output <file>", "write the requests here instead of stdout")
        .option("--policy-pack <name>", "the pack the policies run in on Pulumi Cloud (default: each rule's own pack)")
        .option("--resources <stack export>", "a stack export whose URNs the exemptions' globs are expanded against (Pulumi matches exact URNs)")
        .option("--env <name>", "only exemptions usable in this environment")
        .action(async (options) => {
            const { exemptExport } = await import("./pulumi-exceptions-commands");
            process.exitCode = await exemptExport(options, packs().allRules);
        });
    exempt
        .command("list")
        .description("list exemptions: active, expired, not yet valid or revoked, with time left")
        .requiredOption("--file <file>", "the exemptions file")
        .option("--actor <who>", "judge actor-bound exemptions for this identity")
        .option("--env <name>", "judge each as a deployment in this environment would (environment, signatures, length)")
        .option("--governance <file>", GOVERNANCE_HELP)
        .option("--now <time>", NOW_HELP)
        .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
        .action(async (options) => (await import("./governance-commands")).exemptList(options));

    const log = program
        .command("log")
        .description("search the decision log: who was allowed what, and why")
        .enablePositionalOptions()
        .argument("[file]", "the decision log (default: $GUARDRAILS_DECISION_LOG)")
        .option("--policy <id>", "only this policy")
        .option("--resource <urn-glob>", "only resources matching this URN glob")
        .addOption(new Option("--outcome <outcome>", "only this outcome").choices([...DECISION_OUTCOMES]))
        .option("--actor <who>", "only this actor")
        .option("--since <time|duration>", "from this time (ISO 8601) or this long ago (24h)")
        .option("--until <time|duration>", "up to this time or this long ago")
        .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
        .action(async (file: string | undefined, options) => (await import("./governance-commands")).showLog(file, options));
    log.command("who")
        .description("who had which exemption, when, approved by whom, and what it allowed")
        .argument("[file]", "the decision log (default: $GUARDRAILS_DECISION_LOG)")
        .option("--resource <urn-glob>", "resources matching this URN glob")
        .option("--policy <id>", "this policy")
        .option("--since <time|duration>", "from this time (ISO 8601) or this long ago (24h)")
        .option("--exemptions <file>", "the exemptions file, for each grant's reason and requester")
        .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
        .action(async (file: string | undefined, options) => (await import("./governance-commands")).logWho(file, options));

    const key = program.command("key").description("provisioning keys: bind the approved policy set to deployments");
    key.command("issue")
        .description("issue a key for an environment's approved policy set")
        .requiredOption("--env <name>", "the environment (its config/<name>.json applies, if shipped)")
        .option("--config <file>", "a --policy-pack-config document deployments will use")
        .option("--pack <name>", "a single published pack instead of the combined pack")
        .option("--valid-for <duration>", "how long the key is valid", "30d")
        .option("--sign-with <private key>", "the issuer's private key (required where the environment requires signatures)")
        .option("--rotate <key file>", "the key this one replaces; it retires after --grace (recorded in --governance)")
        .option("--grace <duration>", "how long a rotated-out key stays valid", "24h")
        .option("--approved-by <who>", "who approved this policy set (default: the signer)")
        .option("--governance <file>", GOVERNANCE_HELP)
        .option("--output <file>", "write the key to a file instead of stdout")
        .action(async (options) => (await import("./governance-commands")).keyIssue(options, packs().allPacks, packs().allRules));
    key.command("verify")
        .description("check that a key approves the configuration deployments will use (exit 1 when not)")
        .argument("<key file>", "the key record")
        .requiredOption("--env <name>", "the environment")
        .option("--config <file>", "the --policy-pack-config document deployments use")
        .option("--pack <name>", "a single published pack instead of the combined pack")
        .option("--governance <file>", GOVERNANCE_HELP)
        .option("--now <time>", NOW_HELP)
        .action(async (file: string, options) => {
            const { keyVerify } = await import("./governance-commands");
            process.exitCode = keyVerify(file, options, packs().allPacks, packs().allRules);
        });

    const trust = program.command("trust").description("signing keys and the trusted keys of the governance config");
    trust
        .command("keygen")
        .description("make an Ed25519 signing key pair (the private key file is mode 600)")
        .requiredOption("--id <who>", "who the key belongs to; signatures name it")
        .requiredOption("--private <file>", "where to write the private key (never overwritten)")
        .requiredOption("--public <file>", "where to write the public key")
        .action(async (options) => (await import("./trust-commands")).trustKeygen(options));
    trust
        .command("add")
        .description("trust a public key to sign as requester, approver or key issuer in some environments")
        .requiredOption("--governance <file>", "the governance config to change (created if absent)")
        .requiredOption("--id <who>", "who the key belongs to")
        .requiredOption("--public <file>", "the public key file")
        .addOption(new Option("--role <role>", "what it may sign").choices(["requester", "approver", "issuer"]).makeOptionMandatory())
        .requiredOption("--env <names>", "the environment(s), comma-separated, or * for all")
        .action(async (options) => (await import("./trust-commands")).trustAdd(options));
    trust
        .command("list")
        .description("trusted keys, their roles, and which environments require signatures")
        .option("--governance <file>", GOVERNANCE_HELP)
        .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
        .action(async (options) => (await import("./trust-commands")).trustList(options));

    program
        .command("frameworks")
        .description("coverage of compliance frameworks: each control, the rules implementing it, and what is not covered")
        .option("--framework <name>", `only this framework (${FRAMEWORK_NAMES.join(", ")})`)
        .addOption(new Option("--format <format>", "output format").choices(["table", "json", "markdown"]).default("table"))
        .option("--output <file>", "write to a file instead of stdout")
        .action(async (options: { framework?: string; format: string; output?: string }) => {
            const [{ validatePaths }, { emit }, { renderFrameworkCoverage }] = await Promise.all([import("./paths"), import("./output"), import("./frameworks-command")]);
            validatePaths({ output: options.output });
            await emit(renderFrameworkCoverage(packs().allRules, options.framework, options.format), options.output);
        });

    program
        .command("catalog")
        .description("list every rule with its metadata")
        .addOption(new Option("--format <format>", "catalog format").choices([...CATALOG_FORMATS]).default("table"))
        .option("--output <file>", "write the catalog to a file instead of stdout")
        .action(async (options: { format: string; output?: string }) => {
            const [{ validatePaths }, { emit }] = await Promise.all([import("./paths"), import("./output")]);
            // One of CATALOG_FORMATS: commander refused any other value (`.choices`) before this runs.
            const format = options.format as CatalogFormat;
            validatePaths({ output: options.output });
            await emit(renderCatalog(packs().allPacks, format, { tool: { name: "pulumi-guardrails", version: packageVersion() } }), options.output);
        });
    return refuseEmptyValues(program);
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
        // ProgramError comes from `preview`, which has loaded its module by then.
        if (error instanceof InputError || error instanceof (await import("../engine/program")).ProgramError) {
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
    // `guardrails check x | head -1`: a reader that stops early does not change the verdict.
    tolerateClosedStdout();
    main(process.argv.slice(2)).then((code) => {
        failureReported ||= code === EXIT_BAD_INPUT;
        process.exitCode = code;
    });
}
