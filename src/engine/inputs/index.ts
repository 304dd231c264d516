import { readJsonFile } from "./json-file";
import { convertInput, type LoadedInput } from "./convert";

export { convertInput, type LoadedInput, type InputKind } from "./convert";
export { readJsonFile } from "./json-file";

/** Reads an input file and converts it to resources; throws InputError on any problem. */
export function loadInputFile(file: string): LoadedInput {
    return convertInput(file, readJsonFile(file));
}
