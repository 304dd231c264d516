/**
 * Values given on the command line that are wrong on their face: refused while the arguments
 * are parsed, before any file is read or any rule runs.
 */
import { type Argument, type Command, InvalidArgumentError, type Option } from "commander";

function nonEmpty(value: string): string {
    if (value.trim() === "") throw new InvalidArgumentError("The value is empty.");
    return value;
}

function guardOption(option: Option): void {
    // Choices and custom parsers check their own values; options without a value have none.
    if (!option.required || option.parseArg) return;
    option.argParser((value: string, previous: unknown) => {
        nonEmpty(value);
        if (!option.variadic) return value;
        // What commander does for a repeatable option: a fresh list, then one more each time.
        return previous === option.defaultValue || !Array.isArray(previous) ? [value] : [...(previous as string[]), value];
    });
}

function guardArgument(argument: Argument): void {
    if (!argument.required || argument.variadic || (argument as { parseArg?: unknown }).parseArg) return;
    argument.argParser(nonEmpty);
}

/**
 * Makes every option that takes a value (`--env <name>`), and every required argument, of
 * `command` and its subcommands refuse an empty value: `--env ''` or `--decision-log ''` would
 * otherwise read as "not given" and silently change what runs.
 */
export function refuseEmptyValues(command: Command): Command {
    command.options.forEach(guardOption);
    command.registeredArguments.forEach(guardArgument);
    command.commands.forEach(refuseEmptyValues);
    return command;
}

