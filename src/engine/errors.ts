/**
 * An error in what the user gave us (a file, a flag, a config entry). The CLI prints its
 * message as one line and exits with code 2; nothing else is printed.
 */
export class InputError extends Error {
    constructor(readonly file: string | undefined, problem: string) {
        super(file ? `${file}: ${problem}` : problem);
        this.name = "InputError";
    }
}
