/**
 * What a Markdown report needs of a check's findings, taken one at a time: their counts, a count
 * per policy and standing, each policy's fix, and — in bounded memory — only the findings a page
 * of the report's budget could show. A check can then write a Markdown report of any size of
 * stack without keeping its findings (see `renderMarkdown`).
 */
import type { Finding } from "../result";
import type { Severity } from "../rule";
import { SharedFixes } from "./context";
import { compareFindings, compareStandings, severityRank, standingOf, type Standing } from "./filter";

/**
 * No row or list item of the report is shorter than this many characters (UTF-16 units, its
 * newline counted): a page of budget B shows fewer than B / this of them, so no more are kept.
 */
const SHORTEST_ITEM = 12;

/** The first `limit` items in `compare` order (ties in the order offered), of all those offered. */
class Leading<T> {
    private items: T[] = [];
    /** The last item kept at the last trim, once `limit` were kept: nothing after it can be. */
    private worst: T | undefined;

    constructor(
        private readonly limit: number,
        private readonly compare: (a: T, b: T) => number,
    ) {}

    offer(item: T): void {
        // Refused at once, an item dies young: kept until the next trim, it would outlive the
        // young generation and fill the old one with garbage.
        if (this.worst !== undefined && this.compare(item, this.worst) >= 0) return;
        this.items.push(item);
        if (this.items.length >= 2 * this.limit) this.trim();
    }

    /** The items kept, in order. */
    sorted(): readonly T[] {
        this.trim();
        return this.items;
    }

    // The sort is stable, and survivors sit before later offers: ties stay in the order offered.
    private trim(): void {
        this.items.sort(this.compare);
        if (this.items.length >= this.limit) {
            this.items.length = this.limit;
            this.worst = this.items[this.limit - 1];
        }
    }
}

/** A count of findings of one policy at one standing (the "Findings by policy" table's row). */
export interface PolicyCount {
    /** The policy's id. */
    readonly policy: string;
    /** Its severity, as its first finding in sorted order gives it. */
    readonly severity: Severity;
    /** Mandatory, advisory, exempted or baselined. */
    readonly standing: Standing;
    /** How many findings. */
    readonly count: number;
}

/** The findings of a check as a Markdown report of `budget` characters takes them (see the module's comment). */
export class MarkdownSelection {
    /** How many findings were taken. */
    total = 0;
    /** How many of them are exempted (or baselined). */
    exempted = 0;
    /** Each finding once, and each exemption that named it but did not apply. */
    exemptionLines = 0;
    /** The exemptions that named a finding but did not apply, one per finding they named. */
    refusedLines = 0;
    /** The first finding of each policy, in the order they came. */
    readonly firstOfEachPolicy: Finding[] = [];
    private readonly counts = new Map<string, { policy: string; severity: Severity; standing: Standing; count: number }>();
    private readonly fixes = new SharedFixes();
    private readonly shown: Leading<Finding>;
    private readonly exemptedShown: Leading<Finding>;
    private readonly refusedShown: Leading<Finding>;

    constructor(budget: number) {
        const limit = Math.floor(budget / SHORTEST_ITEM) + 1;
        this.shown = new Leading<Finding>(limit, compareFindings);
        this.exemptedShown = new Leading<Finding>(limit, compareFindings);
        this.refusedShown = new Leading<Finding>(limit, compareFindings);
    }

    /** Takes one finding (as a check's `onFinding` hands it on). */
    readonly take = (f: Finding): void => {
        this.total++;
        this.exemptionLines += 1 + (f.inactiveExemptions?.length ?? 0);
        const standing = standingOf(f);
        const key = `${standing}\u0000${f.severity}\u0000${f.policy}`;
        const counted = this.counts.get(key);
        if (counted) counted.count++;
        else this.counts.set(key, { policy: f.policy, severity: f.severity, standing, count: 1 });
        if (this.fixes.take(f)) this.firstOfEachPolicy.push(f);
        this.shown.offer(f);
        if (f.kind === "exempted") {
            this.exempted++;
            this.exemptedShown.offer(f);
        }
        if (f.inactiveExemptions && f.inactiveExemptions.length > 0) {
            this.refusedLines += f.inactiveExemptions.length;
            this.refusedShown.offer(f);
        }
    };

    /** The fix every finding of `policy` shares, if they share one. */
    sharedFix(policy: string): string | undefined {
        return this.fixes.of(policy);
    }

    /**
     * One count per policy and standing, most severe first: as the findings, sorted, would give
     * them run by run (a policy's runs at two severities that come next to each other are one).
     */
    policyCounts(): PolicyCount[] {
        const sorted = [...this.counts.values()].sort(
            (a, b) => compareStandings(a.standing, b.standing) || severityRank(b.severity) - severityRank(a.severity) || (a.policy < b.policy ? -1 : a.policy > b.policy ? 1 : 0),
        );
        const rows: PolicyCount[] = [];
        for (const group of sorted) {
            const last = rows[rows.length - 1];
            if (last && last.policy === group.policy && last.standing === group.standing) rows[rows.length - 1] = { ...last, count: last.count + group.count };
            else rows.push({ ...group });
        }
        return rows;
    }

    /** The findings a page could show, most severe first. */
    leading(): readonly Finding[] {
        return this.shown.sorted();
    }

    /** The exempted findings a page could list, most severe first. */
    leadingExempted(): readonly Finding[] {
        return this.exemptedShown.sorted();
    }

    /** The findings with exemptions that did not apply that a page could list, most severe first. */
    leadingRefused(): readonly Finding[] {
        return this.refusedShown.sorted();
    }
}

/** A selection of all of `findings`, for a result that kept them. */
export function selectionOf(findings: readonly Finding[], budget: number): MarkdownSelection {
    const selection = new MarkdownSelection(budget);
    for (const f of findings) selection.take(f);
    return selection;
}
