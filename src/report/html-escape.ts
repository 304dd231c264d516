/** Escaping for the HTML report: every text that reaches the page goes through here. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;

/** Text safe in HTML content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(SPECIAL, (c) => ENTITIES[c]);
}
