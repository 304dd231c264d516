#!/usr/bin/env node
// Writes packs/cost/prices.generated.ts, the cost pack's price table:
//   - EC2 on-demand rates (Linux, shared tenancy) for the families listed in
//     packs/cost/data/ec2-source.json, read from the source that file names: the price map
//     aws/karpenter-provider-aws generates from the AWS Price List API
//     (pkg/providers/pricing/zz_generated.pricing_aws.go). That file is not part of this
//     repository: pass a copy of it with --source.
//   - every other rate the estimate uses (RDS, ElastiCache, OpenSearch, EBS, flat hourly
//     charges) from packs/cost/data/manual-rates.json. These are NOT from that source: the
//     generated header says so, rate group by rate group.
//
//   node scripts/generate-prices.mjs --source FILE --source-commit SHA [--generated-on DATE]
//       take every size of every listed family from FILE (the source file at commit SHA),
//       record the commit and dates in ec2-source.json, and write the table; prints the rates
//       that changed
//   node scripts/generate-prices.mjs            re-write the table from its own EC2 rates and
//                                               the data files (after editing manual-rates.json)
//   node scripts/generate-prices.mjs --check    exit 1 when the committed table differs from
//                                               what would be written (--target FILE checks
//                                               another file; --source FILE checks against it)
//   --families a,b    price only these families (default: ec2-source.json's list)
//   --out DIR         write ec2-source.json and the table under DIR instead (for tests)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(repo, "packs", "cost", "data");
const manualFile = join(dataDir, "manual-rates.json");

const args = process.argv.slice(2);
const flag = (name) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args[i + 1];
};
const outDir = flag("--out");
const ec2File = outDir ? join(outDir, "ec2-source.json") : join(dataDir, "ec2-source.json");
const outFile = outDir ? join(outDir, "prices.generated.ts") : join(repo, "packs", "cost", "prices.generated.ts");

function fail(message) {
    console.error(`generate-prices: ${message}`);
    process.exit(2);
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** "m5.24xlarge" → "m5"; "c7i-flex.large" → "c7i-flex"; "db.r6g.large" → "db.r6g". */
export function familyOf(type) {
    const parts = type.split(".");
    if (parts[0] === "db" || parts[0] === "cache") return `${parts[0]}.${parts[1]}`;
    return parts[0];
}

const SIZE_WORDS = ["nano", "micro", "small", "medium", "large", "xlarge"];
/** Sort key of a size: nano < … < xlarge < 2xlarge < … < 48xlarge < metal < metal-24xl < metal-48xl. */
function sizeRank(size) {
    const word = SIZE_WORDS.indexOf(size);
    if (word >= 0) return [0, word];
    const m = /^(\d+)xlarge$/.exec(size);
    if (m) return [1, Number(m[1])];
    if (size === "metal") return [2, 0];
    const metal = /^metal-(\d+)xl$/.exec(size);
    if (metal) return [2, Number(metal[1])];
    return [3, 0];
}
function compareTypes(a, b) {
    const sa = a.slice(a.lastIndexOf(".") + 1);
    const sb = b.slice(b.lastIndexOf(".") + 1);
    const [ga, na] = sizeRank(sa);
    const [gb, nb] = sizeRank(sb);
    return ga - gb || na - nb || (sa < sb ? -1 : sa > sb ? 1 : 0);
}

/** A published price string ("4.608000") as a number, refusing anything else. */
function price(text, what) {
    if (typeof text !== "string" || !/^\d+(\.\d+)?$/.test(text)) fail(`${what}: "${text}" is not a price`);
    const value = Number(text);
    if (!(value > 0)) fail(`${what}: price ${text} is not positive`);
    return value;
}

/** Parses the us-east-1 block of karpenter's generated Go price map. */
function parseKarpenterGo(text) {
    const header = /\/\/ generated at (\S+) for us-east-1/.exec(text);
    if (!header) fail("the source file has no \"generated at … for us-east-1\" line");
    const start = text.indexOf('"us-east-1": {');
    if (start < 0) fail("the source file has no us-east-1 block");
    const end = text.indexOf("\n\t},", start);
    const block = text.slice(start, end < 0 ? undefined : end);
    const prices = {};
    for (const m of block.matchAll(/"([a-z0-9][a-z0-9.-]*)": ([0-9.]+)/g)) prices[m[1]] = m[2];
    return { generatedAt: header[1], prices };
}

/** The EC2 rates of the listed families from the source file; records its commit and dates. */
function ec2FromSource(sourcePath, commit, generatedOn, families) {
    if (!/^[0-9a-f]{40}$/.test(commit ?? "")) fail("--source-commit needs the 40-hex commit of the source file");
    const meta = readJson(join(dataDir, "ec2-source.json"));
    const parsed = parseKarpenterGo(readFileSync(sourcePath, "utf8"));
    const wanted = new Set(families ?? meta.families);
    const prices = {};
    for (const type of Object.keys(parsed.prices).sort()) if (wanted.has(familyOf(type))) prices[type] = parsed.prices[type];
    for (const family of wanted) if (!Object.keys(prices).some((t) => familyOf(t) === family)) fail(`the source has no ${family} family`);
    const next = {
        ...meta,
        source: { ...meta.source, commit, pricesGeneratedAt: parsed.generatedAt },
        generatedOn: generatedOn ?? new Date().toISOString().slice(0, 10),
        families: [...wanted],
    };
    return { meta: next, prices };
}

/** The EC2 rates the committed table already holds (from the source when it was generated). */
function ec2FromTable(file) {
    let text = "";
    try {
        text = readFileSync(file, "utf8");
    } catch {
        fail(`${file} does not exist: generate it with --source`);
    }
    const block = /export const EC2_HOURLY[^{]*\{([\s\S]*?)\n\};/.exec(text);
    if (!block) fail(`${file} has no EC2_HOURLY table`);
    const prices = {};
    for (const m of block[1].matchAll(/"([a-z0-9][a-z0-9.-]*)": ([0-9.]+)/g)) prices[m[1]] = m[2];
    return prices;
}

// ---------------------------------------------------------------------------------------------
// Rendering

const num = (n) => String(n);
const q = (s) => JSON.stringify(s);

/** A record literal, one line per family, families in first-seen order and sizes by size. */
function renderTable(name, doc, entries) {
    const byFamily = new Map();
    for (const type of Object.keys(entries)) {
        const family = familyOf(type);
        if (!byFamily.has(family)) byFamily.set(family, []);
        byFamily.get(family).push(type);
    }
    const lines = [...byFamily.values()].map((types) => `    ${types.sort(compareTypes).map((t) => `${q(t)}: ${num(entries[t])}`).join(", ")},`);
    return `/** ${doc} */\nexport const ${name}: Readonly<Record<string, number>> = {\n${lines.join("\n")}\n};\n`;
}

function renderRecord(value) {
    return `{ ${Object.entries(value).map(([k, v]) => `${/^[a-zA-Z_$][\w$]*$/.test(k) ? k : q(k)}: ${typeof v === "number" ? num(v) : q(v)}`).join(", ")} }`;
}

/** Word-wraps `text` into comment lines: the first after `first`, the others after `rest`. */
const wrap = (text, first, rest = first, width = 100) => {
    const lines = [];
    let line = "";
    const prefix = () => (lines.length === 0 ? first : rest);
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && prefix().length + line.length + 1 + word.length > width) {
            lines.push(prefix() + line);
            line = word;
        } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(prefix() + line);
    return lines.join("\n");
};

export function render(ec2) {
    const manual = readJson(manualFile);
    const src = ec2.source;

    // EC2: every size of every family the snapshot holds, from the source. A rate the pack used
    // before the source was adopted and the source lacks stays, flagged as not from the source.
    const ec2Rates = {};
    for (const family of ec2.families) {
        const types = Object.keys(ec2.prices).filter((t) => familyOf(t) === family);
        if (types.length === 0) fail(`family ${family} has no prices in ${ec2File}`);
        for (const t of types) ec2Rates[t] = price(ec2.prices[t], t);
    }
    const ec2Kept = manual.ec2NotInSource?.rates ?? {};
    for (const [t, rate] of Object.entries(ec2Kept)) {
        if (Object.prototype.hasOwnProperty.call(ec2Rates, t)) fail(`${t} is in the source: drop it from ec2NotInSource`);
        if (ec2.families.includes(familyOf(t))) fail(`${t}: family ${familyOf(t)} comes from the source, which lacks this size`);
        ec2Rates[t] = rate;
    }
    for (const t of Object.keys(ec2.prices)) if (!ec2.families.includes(familyOf(t))) fail(`${t} is outside the snapshot's family list`);

    const groups = manual.groups;
    const notFromSource = Object.values(groups).map((g) => g.label);
    if (Object.keys(ec2Kept).length > 0) notFromSource.unshift(`EC2 ${Object.keys(ec2Kept).join(", ")} (EC2_HOURLY entries outside the source's families)`);

    const asOf = src.pricesGeneratedAt.slice(0, 10);
    const header = [
        "/*",
        " * GENERATED by scripts/generate-prices.mjs from the source named below (EC2 rates, every size",
        " * of the families in packs/cost/data/ec2-source.json) and packs/cost/data/manual-rates.json.",
        " * Do not edit: change the data and run `node scripts/generate-prices.mjs` (`--check` verifies",
        " * this file is current; `--source` re-reads the EC2 rates from a newer copy of the source).",
        " *",
        ` * Region: ${src.region} (${src.location}), USD, on-demand list prices.`,
        ` * Generated on: ${ec2.generatedOn}.`,
        " *",
        ` * FROM THE SOURCE (prices as of ${src.pricesGeneratedAt}):`,
        wrap(`EC2_HOURLY, every size of the families ${ec2.families.join(", ")}. ${src.description}`, " *   "),
        wrap(`Source: ${src.repository}, file ${src.path}, commit ${src.commit}.`, " *   "),
        wrap(`Query: ${src.query}`, " *   "),
        " *",
        wrap(`NOT FROM THE SOURCE (the source has no such rates; ${manual.provenance.compiled}):`, " * "),
        ...notFromSource.map((line) => wrap(line, " *   - ", " *     ")),
        wrap(manual.provenance.note, " *   "),
        " */",
        "",
    ].join("\n");

    const sourcesConst = [
        "/** Where each group of rates comes from, for reports and notes. */",
        "export const PRICE_SOURCES: ReadonlyArray<{ readonly rates: string; readonly fromSource: boolean; readonly asOf: string; readonly source: string }> = [",
        `    { rates: "EC2 instance types", fromSource: true, asOf: ${q(asOf)}, source: ${q(`AWS Price List API (AmazonEC2, ${src.region}) via ${src.repository}@${src.commit.slice(0, 12)}`)} },`,
        ...(Object.keys(ec2Kept).length > 0 ? [`    { rates: ${q(`EC2 ${Object.keys(ec2Kept).join(", ")}`)}, fromSource: false, asOf: ${q(manual.provenance.asOf)}, source: ${q(manual.provenance.source)} },`] : []),
        ...Object.values(groups).map((g) => `    { rates: ${q(g.label)}, fromSource: false, asOf: ${q(manual.provenance.asOf)}, source: ${q(manual.provenance.source)} },`),
        "];",
        "",
    ].join("\n");

    const body = [
        header,
        `/** The region every rate is for. */`,
        `export const PRICE_REGION = ${q(src.region)};`,
        `/** Date of the source's prices (EC2 rates; see PRICE_SOURCES for the other groups). */`,
        `export const PRICES_AS_OF = ${q(asOf)};`,
        `/** Date this table was generated. */`,
        `export const PRICES_GENERATED_ON = ${q(ec2.generatedOn)};`,
        "",
        sourcesConst,
        renderTable("EC2_HOURLY", "EC2 instance types, USD per hour (Linux, shared tenancy, on-demand). From the source.", ec2Rates),
        renderTable("RDS_HOURLY", groups.rdsHourly.doc, groups.rdsHourly.rates),
        renderTable("ELASTICACHE_HOURLY", groups.elasticacheHourly.doc, groups.elasticacheHourly.rates),
        renderTable("OPENSEARCH_HOURLY", groups.opensearchHourly.doc, groups.opensearchHourly.rates),
        `/** ${groups.ebsGbMonth.doc} */\nexport const EBS_GB_MONTH: Readonly<Record<string, number>> = ${renderRecord(groups.ebsGbMonth.rates)};`,
        `/** ${groups.gp3Extra.doc} */\nexport const GP3_EXTRA = ${renderRecord(groups.gp3Extra.rates)} as const;`,
        `/** ${groups.io1IopsMonth.doc} */\nexport const IO1_IOPS_MONTH = ${num(groups.io1IopsMonth.rates.perIopsMonth)};`,
        `/** ${groups.io2IopsTiers.doc} */\nexport const IO2_IOPS_TIERS: ReadonlyArray<readonly [upTo: number, perIopsMonth: number]> = [${groups.io2IopsTiers.rates.map(([upTo, rate]) => `[${upTo === null ? "Infinity" : num(upTo)}, ${num(rate)}]`).join(", ")}];`,
        `/** ${groups.rdsStorageGbMonth.doc} */\nexport const RDS_STORAGE_GB_MONTH = ${num(groups.rdsStorageGbMonth.rates.perGbMonth)};`,
        `/** ${groups.hourly.doc} */\nexport const HOURLY = ${renderRecord(groups.hourly.rates)} as const;`,
        "",
    ].join("\n");
    return body;
}

const families = flag("--families")?.split(",");
const committedTable = join(repo, "packs", "cost", "prices.generated.ts");
let ec2;
if (flag("--source")) {
    const { meta, prices } = ec2FromSource(flag("--source"), flag("--source-commit"), flag("--generated-on"), families);
    ec2 = { ...meta, prices };
    if (!args.includes("--check")) writeFileSync(ec2File, `${JSON.stringify(meta, null, 4)}\n`);
} else {
    ec2 = { ...readJson(ec2File), prices: ec2FromTable(committedTable) };
}
const output = render(ec2);
if (args.includes("--check")) {
    const target = flag("--target") ?? outFile;
    let current = "";
    try {
        current = readFileSync(target, "utf8");
    } catch {
        current = "";
    }
    if (current !== output) {
        console.error(`generate-prices: ${target} is not what scripts/generate-prices.mjs generates; run \`node scripts/generate-prices.mjs\``);
        process.exit(1);
    }
    console.log("generate-prices: the price table is current");
} else {
    writeFileSync(outFile, output);
    console.log(`generate-prices: wrote ${outFile}`);
}
