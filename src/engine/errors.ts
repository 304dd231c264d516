/**
 * An error in what the user gave us (a file, a flag, a config entry). The CLI prints its
 * message as one line and exits with code 2; nothing else is printed.
 */
export class InputError extends Error {
    constructor(
        /** The file at fault (undefined when the input was not a file). */
        readonly file: string | undefined,
        problem: string,
    ) {
        super(file ? `${file}: ${problem}` : problem);
        this.name = "InputError";
    }
}
