/**
 * `--format html` in a real headless Chromium (Debian's `chromium`, driven by puppeteer-core):
 * the page loads from a file with no request beyond itself and no console error (a CSP
 * violation is one), the filters and sorting work, a row opens to why / where / fix, markup in
 * a resource name stays text, and a screenshot is written to test-results/.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const insecure = path.join(repoRoot, "examples", "stacks", "insecure-web.json");
const screenshots = path.join(repoRoot, "test-results");
const chromium = process.env.GUARDRAILS_CHROMIUM ?? "/usr/bin/chromium";

let scratch: string;
let browser: Browser;

function guardrails(...args: string[]) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Loaded {
    readonly page: Page;
    /** Console errors, page errors, and failed or foreign requests, in the order they happened. */
    readonly problems: string[];
}

async function load(file: string): Promise<Loaded> {
    const page = await browser.newPage();
    const problems: string[] = [];
    const own = `file://${file}`;
    page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warn") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${String(e)}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    page.on("request", (r) => {
        if (r.url() !== own) problems.push(`request beyond the file: ${r.url()}`);
    });
    await page.goto(own, { waitUntil: "load" });
    return { page, problems };
}

/** The rows the table shows and hides, with their text and data attributes. */
async function rows(page: Page) {
    return page.$$eval("#findings tbody tr", (trs) =>
        trs.map((tr) => ({
            hidden: (tr as unknown as { hidden: boolean }).hidden,
            text: (tr.textContent ?? "").toLowerCase(),
            standing: tr.getAttribute("data-standing"),
            severity: tr.getAttribute("data-severity"),
        })),
    );
}

beforeAll(async () => {
    if (!fs.existsSync(chromium)) {
        throw new Error(`no Chromium at ${chromium}: install Debian's package (apt-get install chromium) or set GUARDRAILS_CHROMIUM`);
    }
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-html-"));
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
}, 60_000);

afterAll(async () => {
    await browser?.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe("the insecure example as an HTML report", () => {
    let report: string;
    let summary: { mandatory: number; advisory: number; violations: number };

    beforeAll(() => {
        report = path.join(scratch, "report.html");
        const run = guardrails("check", insecure, "--format", "html", "--output", report);
        expect(run.code).toBe(1);
        const json = guardrails("check", insecure, "--format", "json");
        summary = JSON.parse(json.stdout).summary;
    });

    test("renders from the file alone, without console errors, with the verdict and one row per finding", async () => {
        const { page, problems } = await load(report);
        expect(await page.$eval("#verdict", (e) => e.textContent)).toContain(`Blocked: ${summary.mandatory} mandatory findings, ${summary.advisory} advisory findings`);
        expect((await rows(page)).length).toBe(summary.violations);
        expect(await page.$$eval("figure.chart svg rect", (r) => r.length)).toBeGreaterThan(0);
        expect(await page.$eval("#shown-count", (e) => e.textContent)).toBe(`all ${summary.violations} findings`);
        fs.mkdirSync(screenshots, { recursive: true });
        const shot = path.join(screenshots, "html-report.png");
        await page.screenshot({ path: shot, fullPage: true });
        expect(fs.readFileSync(shot).subarray(1, 4).toString()).toBe("PNG");
        expect(problems).toEqual([]);
        await page.close();
    });

    test("the text filter shows exactly the rows that contain the text, and the standing filter the rows of that standing", async () => {
        const { page, problems } = await load(report);
        await page.type("#filter-text", "bucket");
        const byText = await rows(page);
        expect(byText.some((r) => !r.hidden)).toBe(true);
        expect(byText.some((r) => r.hidden)).toBe(true);
        for (const r of byText) expect(r.hidden).toBe(!r.text.includes("bucket"));
        expect(await page.$eval("#shown-count", (e) => e.textContent)).toBe(`${byText.filter((r) => !r.hidden).length} of ${summary.violations} findings`);

        await page.$eval("#filter-text", (e) => ((e as unknown as { value: string }).value = ""));
        await page.select("#filter-standing", "mandatory");
        const byStanding = await rows(page);
        expect(byStanding.filter((r) => !r.hidden).length).toBe(summary.mandatory);
        for (const r of byStanding) expect(r.hidden).toBe(r.standing !== "mandatory");
        expect(problems).toEqual([]);
        await page.close();
    });

    test("a header click sorts by that column, a second click reverses it", async () => {
        const { page, problems } = await load(report);
        const rank = ["critical", "high", "medium", "low", "info"];
        const severityButton = "#findings thead th:nth-child(2) button";
        await page.click(severityButton);
        const ascending = (await rows(page)).map((r) => rank.indexOf(r.severity ?? ""));
        expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
        expect(new Set(ascending).size).toBeGreaterThan(1);
        await page.click(severityButton);
        const descending = (await rows(page)).map((r) => rank.indexOf(r.severity ?? ""));
        expect(descending).toEqual([...ascending].sort((a, b) => b - a));
        expect(await page.$eval("#findings thead th:nth-child(2)", (e) => e.getAttribute("aria-sort"))).toBe("descending");
        expect(problems).toEqual([]);
        await page.close();
    });

    test("a finding opens to why, where and how to fix", async () => {
        const { page, problems } = await load(report);
        await page.click("#findings tbody tr:first-child summary");
        const opened = await page.$eval("#findings tbody tr:first-child details", (d) => ({ open: (d as unknown as { open: boolean }).open, text: d.textContent ?? "" }));
        expect(opened.open).toBe(true);
        expect(opened.text).toMatch(/Why.+Where.+urn:pulumi:.+How to fix/s);
        expect(problems).toEqual([]);
        await page.close();
    });
});

test("markup in a resource name or message is shown as text and never runs", async () => {
    const stack = JSON.parse(fs.readFileSync(insecure, "utf8")) as { deployment: { resources: Array<{ urn: string; type: string }> } };
    const bucket = stack.deployment.resources.find((r) => r.type === "aws:s3/bucket:Bucket");
    if (!bucket) throw new Error("the example has no bucket");
    const hostile = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
    bucket.urn = bucket.urn.replace(/::[^:]+$/, `::${hostile}`);
    const input = path.join(scratch, "hostile.json");
    fs.writeFileSync(input, JSON.stringify(stack));
    const report = path.join(scratch, "hostile.html");
    expect(guardrails("check", input, "--format", "html", "--output", report).code).toBe(1);

    const { page } = await load(report);
    expect(await page.title()).not.toBe("pwned");
    expect(await page.$$eval("#findings img, #findings script", (e) => e.length)).toBe(0);
    const names = await page.$$eval("#findings tbody td:nth-child(4)", (tds) => tds.map((td) => td.textContent ?? ""));
    expect(names.some((n) => n.includes(hostile))).toBe(true);
    await page.close();
});

test("with --framework, the chart and the Controls section list exactly the failed controls", async () => {
    const report = path.join(scratch, "framework.html");
    expect(guardrails("check", insecure, "--framework", "pci-dss", "--format", "html", "--output", report).code).toBe(1);
    const json = JSON.parse(guardrails("check", insecure, "--framework", "pci-dss", "--format", "json").stdout) as { controls: { controls: Array<{ id: string; status: string }> } };
    const failed = json.controls.controls.filter((c) => c.status === "failed").map((c) => c.id);
    expect(failed.length).toBeGreaterThan(0);
    const { page, problems } = await load(report);
    const listed = await page.$$eval("h2 + p + ul li code", (codes) => codes.map((c) => c.textContent ?? ""));
    expect(listed).toEqual(failed);
    const bars = await page.$$eval("figure.chart", (figures) => figures.map((f) => f.querySelector("figcaption")?.textContent ?? ""));
    expect(bars).toContain("Findings by Payment Card Industry Data Security Standard 4.0 control");
    expect(problems).toEqual([]);
    await page.close();
});
