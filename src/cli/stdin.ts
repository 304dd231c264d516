/** `guardrails check -`: the document comes from stdin. */

/** The name stdin goes by in messages and reports. */
export const STDIN_LABEL = "stdin";

/** All of stdin, as UTF-8 text. */
export async function readStdin(): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString("utf8");
}
