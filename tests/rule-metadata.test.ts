/**
 * Every rule follows the naming scheme of src/rule-ids.ts: its id follows from its file path
 * (packs/<pack>/<folder>/<what>.ts), its service from its folder, it links to its doc page, and
 * its test sits beside it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { allPacks, allRules } from "../packs";
import { definePack, defineRule } from "../src";
import { exemptAdd } from "../src/cli/governance-commands";
import { InputError, resolvePolicyConfig } from "../src/engine";
import { toPolicy } from "../src/policy";
import { PACK_NAMING, RENAMED_RULE_IDS, ruleDocUrl, ruleIdFor, serviceFor } from "../src/rule-ids";
import { repoRoot, ruleFilesOnDisk } from "./support";

const onDisk = ruleFilesOnDisk().map(({ file, rule }) => {
    const [pack, folder, name] = path.relative(path.join(repoRoot, "packs"), file).split(path.sep);
    return { file: path.relative(repoRoot, file), pack, folder, name: name?.replace(/\.ts$/, ""), rule };
});
const fileById = new Map(onDisk.map((entry) => [entry.rule.id, entry]));

test("every pack has a naming entry", () => {
    expect(allPacks.map((p) => p.name).filter((name) => !PACK_NAMING[name])).toEqual([]);
});

test("every rule file sits at packs/<pack>/<folder>/<name>.ts and is listed in its pack", () => {
    expect(onDisk.filter((e) => e.name === undefined || e.file.split("/").length !== 4).map((e) => e.file)).toEqual([]);
    const listed = new Set(allRules.map((r) => `${r.pack}/${r.id}`));
    expect(onDisk.filter((e) => !listed.has(`${e.pack}/${e.rule.id}`)).map((e) => e.file)).toEqual([]);
});

describe.each(allRules.map((r) => [r.id, r] as const))("%s", (id, rule) => {
    const entry = fileById.get(id);

    test("has a file whose path gives its id and service", () => {
        expect(entry).toBeDefined();
        if (!entry?.name) return;
        expect({ file: entry.file, id: ruleIdFor(entry.pack, entry.folder, entry.name) }).toEqual({ file: entry.file, id });
        expect({ file: entry.file, service: serviceFor(entry.pack, entry.folder) }).toEqual({ file: entry.file, service: rule.service });
    });

    test("has a test file beside it that imports it", () => {
        if (!entry?.name) return;
        const testFile = path.join(repoRoot, entry.file.replace(/\.ts$/, ".test.ts"));
        expect({ testFile, exists: fs.existsSync(testFile) }).toEqual({ testFile, exists: true });
        expect(fs.readFileSync(testFile, "utf8")).toContain(`from "./${entry.name}"`);
    });

    test("links to its doc page, in the SDK policy too", () => {
        expect(rule.url).toBe(ruleDocUrl(id));
        expect(toPolicy(rule, "advisory").url).toBe(rule.url);
        expect(fs.existsSync(path.join(repoRoot, "docs", "rules", `${id}.md`))).toBe(true);
    });
});

describe("docsUrl", () => {
    const rule = (url?: string) =>
        defineRule({ id: "x-rule", title: "t", description: "d", severity: "low", remediation: "r", defaultLevel: "advisory", url, stack: true, validate: () => undefined });
    const pack = (r: ReturnType<typeof rule>, docsUrl?: (id: string) => string) => definePack({ name: "x", version: "0.0.1", description: "d", rules: [r], docsUrl }).rules[0];

    test("fills in the url of a rule that names none", () => {
        expect(pack(rule(), (id) => `https://example.com/${id}`).url).toBe("https://example.com/x-rule");
    });
    test("keeps a rule's own url", () => {
        expect(pack(rule("https://example.com/own"), (id) => `https://example.com/${id}`).url).toBe("https://example.com/own");
    });
    test("leaves url unset in a pack without docsUrl (a user's pack is not documented here)", () => {
        expect(pack(rule()).url).toBeUndefined();
    });
});

test("ids derive from paths by the scheme", () => {
    expect(ruleIdFor("aws-security", "ec2", "security-group-no-public-ssh-rdp")).toBe("ec2-security-group-no-public-ssh-rdp");
    expect(ruleIdFor("cost", "cloudwatch", "log-group-retention")).toBe("cost-cloudwatch-log-group-retention");
    expect(ruleIdFor("cost", "budget", "monthly-budget")).toBe("cost-monthly-budget");
    expect(ruleIdFor("kubernetes", "workloads", "container-image-tag")).toBe("k8s-container-image-tag");
    expect(ruleIdFor("access", "kubernetes", "no-cluster-admin-for-humans")).toBe("access-k8s-no-cluster-admin-for-humans");
    expect(ruleIdFor("tagging", "aws", "required-tags")).toBe("tagging-required-tags");
    expect(() => ruleIdFor("oracle-security", "storage", "x")).toThrow(/PACK_NAMING/);
});

describe("renamed ids", () => {
    test.each(Object.entries(RENAMED_RULE_IDS))("%s → %s: the old id is gone, the new one exists", (oldId, newId) => {
        expect(allRules.map((r) => r.id)).not.toContain(oldId);
        expect(allRules.map((r) => r.id)).toContain(newId);
    });

    test("a config naming an old id fails with the new id", () => {
        const resolve = () => resolvePolicyConfig(allRules, [{ file: "prod.json", document: { "security-group-no-public-ssh-rdp": "mandatory" } }]);
        expect(resolve).toThrow(InputError);
        expect(resolve).toThrow('prod.json: policy "security-group-no-public-ssh-rdp" was renamed to "ec2-security-group-no-public-ssh-rdp": use the new name');
    });

    test("exempt add naming an old id fails with the new id", async () => {
        const options = { file: "exemptions.yaml", env: "dev", policy: "cost-eip-idle", resource: ["**"], reason: "r", approvedBy: "sam", for: "1h" };
        await expect(exemptAdd(options, allRules)).rejects.toThrow('policy "cost-eip-idle" was renamed to "cost-ec2-eip-idle": use the new name');
    });

    test("a config naming the new id is accepted", () => {
        const config = resolvePolicyConfig(allRules, [{ file: "prod.json", document: { "ec2-security-group-no-public-ssh-rdp": "advisory" } }]);
        expect(config["ec2-security-group-no-public-ssh-rdp"]?.enforcementLevel).toBe("advisory");
    });
});
