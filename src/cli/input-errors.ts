/** Problems from the layers below, as the CLI reports them: an InputError (one line, exit 2). */
import { InputError } from "../engine/errors";

function toInputError(error: unknown): InputError {
    return error instanceof InputError ? error : new InputError(undefined, error instanceof Error ? error.message : String(error));
}

/** Runs `work`; what it throws becomes an InputError with the same message (InputErrors pass as they are). */
export function asInputError<T>(work: () => T): T {
    try {
        return work();
    } catch (error) {
        throw toInputError(error);
    }
}

/** `asInputError` for a promise. */
export async function asInputErrorAsync<T>(work: () => Promise<T>): Promise<T> {
    try {
        return await work();
    } catch (error) {
        throw toInputError(error);
    }
}
