/** Bar charts as inline SVG for the HTML report: no script, no network, readable without colour. */
import { escapeHtml } from "./html-escape";

/** One bar: its label, its value, and how the value is written next to it. */
export interface Bar {
    readonly label: string;
    readonly value: number;
    readonly text: string;
    /** A class for the bar's colour (`sev-critical`, ...); the neutral colour when absent. */
    readonly tone?: string;
}

const ROW_HEIGHT = 22;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 300;
const VALUE_WIDTH = 90;
// Longest label drawn; the full text stays in the bar's <title> tooltip.
const MAX_LABEL = 34;

/**
 * A horizontal bar chart, largest value first (or in the given order when `ordered`, e.g.
 * severities), at most `limit` bars (the rest summed into one "others" bar). Each bar carries a `<title>` so the exact figure is one hover away, and the
 * figure is also written beside it so the chart reads without the tooltip.
 */
export function barChart(title: string, bars: readonly Bar[], { limit = 12, ordered = false }: { limit?: number; ordered?: boolean } = {}): string {
    const present = bars.filter((b) => b.value > 0);
    const sorted = ordered ? present : present.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
    if (sorted.length === 0) return "";
    const shown = sorted.slice(0, limit);
    const rest = sorted.slice(limit);
    if (rest.length > 0) {
        const value = rest.reduce((sum, b) => sum + b.value, 0);
        shown.push({ label: `${rest.length} others`, value, text: String(Math.round(value * 100) / 100) });
    }
    const max = Math.max(...shown.map((b) => b.value));
    const height = shown.length * ROW_HEIGHT + 4;
    const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
    const rows = shown.map((bar, i) => {
        const y = i * ROW_HEIGHT + 2;
        const length = Math.max(2, Math.round((bar.value / max) * BAR_WIDTH));
        const label = bar.label.length > MAX_LABEL ? `${bar.label.slice(0, MAX_LABEL - 1)}…` : bar.label;
        return (
            `<g><title>${escapeHtml(`${bar.label}: ${bar.text}`)}</title>` +
            `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" class="chart-label">${escapeHtml(label)}</text>` +
            `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${length}" height="${ROW_HEIGHT - 6}" rx="2" class="bar ${bar.tone ?? "tone-neutral"}"></rect>` +
            `<text x="${LABEL_WIDTH + length + 6}" y="${y + 15}" class="chart-value">${escapeHtml(bar.text)}</text></g>`
        );
    });
    return (
        `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>` +
        `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
        `${rows.join("")}</svg></figure>`
    );
}
