/** Kubernetes resource quantities ("100m", "128Mi", "1.5", "1e3") as numbers, for comparisons. */

const SUFFIX: Readonly<Record<string, number>> = {
    "": 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
    Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/;

/** The quantity's value in base units, or undefined when it cannot be read. */
export function parseQuantity(value: unknown): number | undefined {
    if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
    if (typeof value !== "string") return undefined;
    const match = QUANTITY.exec(value.trim());
    if (!match) return undefined;
    return Number(match[1]) * SUFFIX[match[2] ?? ""];
}

/** True when a quantity is set (a non-empty string or a number). */
export function isSet(value: unknown): boolean {
    return (typeof value === "string" && value.trim() !== "") || typeof value === "number";
}
