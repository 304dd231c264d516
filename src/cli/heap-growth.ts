/**
 * How far V8 lets the heap grow past what the last full collection kept. By default it may grow
 * up to four times that before collecting again, so a check that keeps its findings (a table or
 * JUnit report of a large stack) peaked at up to 1.3 GB of memory with 0.5 GB live. Capping the
 * growth at 25% held the same runs on bench/generate-stack.mjs's violation-heavy 100,000-resource
 * stack to about 0.8 GB, for a few more collections and about the same time. Streamed runs keep
 * little, and stay on V8's default, which is faster.
 */
import * as v8 from "node:v8";

/** Inputs at least this large bound the heap's growth when their findings are kept. */
export const BOUNDED_GROWTH_BYTES = 16 * 2 ** 20;
/** The heap may grow by this many percent past the last full collection's live size. */
export const HEAP_GROWING_PERCENT = 25;

/** Whether a check of `inputBytes` that keeps (or streams) its findings bounds the heap's growth. */
export function boundsHeapGrowth(keepsFindings: boolean, inputBytes: number | undefined): boolean {
    return keepsFindings && (inputBytes ?? 0) >= BOUNDED_GROWTH_BYTES;
}

let bounded = false;

/** Caps the heap's growth for the rest of the process (V8 reads the setting at each collection). */
export function boundHeapGrowth(): void {
    if (bounded) return;
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    bounded = true;
}
