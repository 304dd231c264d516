/**
 * The HTML report's stylesheet and script, inline so the report is one file, and hashed into its
 * Content-Security-Policy so the page runs this script and nothing else (no network, no injected
 * markup that could execute).
 */
import { createHash } from "node:crypto";

export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #1d2330; --muted: #5b6472; --bg: #ffffff; --panel: #f4f6f9; --line: #d9dee6;
  --critical: #8e1b1b; --high: #c0392b; --medium: #d68910; --low: #2471a3; --info: #7f8c8d; --neutral: #4a6fa5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ef; --muted: #a3abb8; --bg: #161a21; --panel: #1f2530; --line: #333b48; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 10px; }
.muted, .sub { color: var(--muted); } .sub { font-size: 12px; display: block; }
.verdict { font-size: 16px; font-weight: 600; margin: 10px 0 16px; padding: 10px 14px; border-radius: 6px; background: var(--panel); border-left: 5px solid var(--neutral); }
.verdict.blocked { border-left-color: var(--high); } .verdict.passed { border-left-color: #1e8449; } .verdict.advisories { border-left-color: var(--medium); }
.cards { display: flex; flex-wrap: wrap; gap: 10px; } .card { background: var(--panel); border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.card b { display: block; font-size: 20px; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; } .chart { margin: 0; } .chart figcaption { font-weight: 600; margin-bottom: 6px; }
.chart-label, .chart-value { font-size: 12px; fill: var(--fg); }
.bar.tone-neutral { fill: var(--neutral); } .bar.sev-critical { fill: var(--critical); } .bar.sev-high { fill: var(--high); }
.bar.sev-medium { fill: var(--medium); } .bar.sev-low { fill: var(--low); } .bar.sev-info { fill: var(--info); }
.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-bottom: 10px; }
.filters input, .filters select { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); }
.filters input { min-width: 260px; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: inherit; cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " ▲"; } th[aria-sort="descending"] button::after { content: " ▼"; }
summary { cursor: pointer; } details dl { margin: 8px 0 4px; display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
details dt { font-weight: 600; color: var(--muted); } details dd { margin: 0; white-space: pre-wrap; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
.badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; background: var(--neutral); }
.badge.mandatory, .badge.sev-high { background: var(--high); } .badge.sev-critical { background: var(--critical); }
.badge.advisory, .badge.sev-medium { background: var(--medium); } .badge.sev-low { background: var(--low); }
.badge.exempted, .badge.baselined, .badge.sev-info { background: var(--info); }
.empty { padding: 12px; background: var(--panel); border-radius: 6px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print { .filters { display: none; } details { display: block; } }
`;

// Plain ES2017 for any current browser; the page works without it (all rows shown, unsorted).
export const HTML_SCRIPT = `
(function () {
  "use strict";
  var table = document.getElementById("findings");
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var haystack = rows.map(function (row) { return row.textContent.toLowerCase(); });
  var text = document.getElementById("filter-text");
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var shown = document.getElementById("shown-count");
  function apply() {
    var query = text.value.trim().toLowerCase();
    var wanted = selects.map(function (s) { return [s.getAttribute("data-filter"), s.value]; });
    var count = 0;
    rows.forEach(function (row, i) {
      var visible = (query === "" || haystack[i].indexOf(query) !== -1) && wanted.every(function (w) {
        return w[1] === "" || row.getAttribute("data-" + w[0]) === w[1];
      });
      row.hidden = !visible;
      if (visible) count++;
    });
    shown.textContent = count === rows.length ? "all " + rows.length + " findings" : count + " of " + rows.length + " findings";
  }
  text.addEventListener("input", apply);
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (th, column) {
    var button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", function () {
      var descending = th.getAttribute("aria-sort") === "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      var numeric = th.hasAttribute("data-numeric");
      var keyed = rows.map(function (row, i) { return { row: row, key: row.cells[column].getAttribute("data-sort") || "", i: i }; });
      keyed.sort(function (a, b) {
        var c = numeric ? Number(a.key) - Number(b.key) : a.key.localeCompare(b.key);
        return (descending ? -c : c) || a.i - b.i;
      });
      rows = keyed.map(function (k) { return k.row; });
      haystack = keyed.map(function (k) { return haystack[k.i]; });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  apply();
})();
`;

function sha256(text: string): string {
    return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Nothing from the network, nothing inline but the report's own style and script. */
export const HTML_CSP = [
    "default-src 'none'",
    `style-src ${sha256(HTML_STYLE)}`,
    `script-src ${sha256(HTML_SCRIPT)}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
].join("; ");
