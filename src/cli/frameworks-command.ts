import { findFramework, unknownFrameworkMessage, frameworkCoverage, loadFrameworks, renderFrameworksDoc, type Framework } from "../frameworks";
import { InputError } from "../engine/errors";
import type { Rule } from "../rule";

/** `guardrails frameworks`: per framework, every control and the rules implementing it. */
export function renderFrameworkCoverage(rules: readonly Rule[], name: string | undefined, format: string): string {
    let frameworks: readonly Framework[] = loadFrameworks();
    if (name) {
        const found = findFramework(name, frameworks);
        if (!found) throw new InputError(undefined, unknownFrameworkMessage(name));
        frameworks = [found];
    }
    if (format === "markdown") return renderFrameworksDoc(frameworks, rules);
    const coverage = frameworks.map((f) => frameworkCoverage(f, rules));
    if (format === "json") return `${JSON.stringify(coverage, null, 2)}\n`;
    const lines: string[] = [];
    for (const c of coverage) {
        lines.push(`${c.framework.name} — ${c.framework.framework} ${c.framework.version}: ${c.counts.covered} of ${c.counts.total} controls covered (${c.percent}%)`);
        for (const control of c.controls) {
            lines.push(`  ${control.status === "covered" ? "✓" : "·"} ${control.id.padEnd(12)} ${control.title}${control.rules.length ? ` — ${control.rules.join(", ")}` : " (not covered)"}`);
        }
        lines.push("");
    }
    return `${lines.join("\n")}`;
}
