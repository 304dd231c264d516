/** Generated docs are up to date with the rules, and every rule's examples behave as documented. */
import * as fs from "node:fs";
import * as path from "node:path";
import { allPacks, allRules } from "../packs";
import { renderCatalogDoc, renderRuleDoc, constructorOf } from "../src/report";
import { mockResource, runRule } from "../src/testing";
import { repoRoot } from "./support";

const STALE = "is stale: run `npm run regen` and commit the result";

test("docs/catalog.md is up to date", () => {
    const file = path.join(repoRoot, "docs", "catalog.md");
    expect(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : `missing: ${STALE}`).toBe(renderCatalogDoc(allPacks));
});

test("there is exactly one page per rule", () => {
    const pages = fs.readdirSync(path.join(repoRoot, "docs", "rules")).sort();
    expect(pages).toEqual(allRules.map((r) => `${r.id}.md`).sort());
});

test.each(allRules.map((r) => [r.id, r] as const))("docs/rules/%s.md is up to date", (id, rule) => {
    const file = path.join(repoRoot, "docs", "rules", `${id}.md`);
    expect(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : `missing: ${STALE}`).toBe(renderRuleDoc(rule));
});

const withExamples = allRules.filter((r) => r.examples).map((r) => [r.id, r] as const);

(withExamples.length > 0 ? test.each(withExamples) : test.skip.each([["none", undefined]]))("%s: documented examples behave as documented", async (_id, rule) => {
    if (!rule?.examples) return;
    for (const [list, shouldViolate] of [[rule.examples.violating, true], [rule.examples.compliant, false]] as const) {
        for (const example of list) {
            const resources = example.resources.map((r) => mockResource(r.type, { ...r.props }, { name: r.name }));
            const result = await runRule(rule, resources, { level: "mandatory" });
            expect(result.ruleErrors).toEqual([]);
            expect({ example: example.description ?? example.resources[0]?.name, violations: result.violations.length > 0 }).toEqual({
                example: example.description ?? example.resources[0]?.name,
                violations: shouldViolate,
            });
        }
    }
});

test("type tokens map to the SDK constructors used in examples", () => {
    expect(constructorOf("aws:s3/bucket:Bucket")).toBe("aws.s3.Bucket");
    expect(constructorOf("aws:ec2/securityGroup:SecurityGroup")).toBe("aws.ec2.SecurityGroup");
    expect(constructorOf("kubernetes:apps/v1:Deployment")).toBe("k8s.apps.v1.Deployment");
    expect(constructorOf("kubernetes:networking.k8s.io/v1:Ingress")).toBe("k8s.networking.v1.Ingress");
    expect(constructorOf("kubernetes:core/v1:Pod")).toBe("k8s.core.v1.Pod");
});
