/** Every rule names resource types by tokens that exist in the installed provider SDKs. */
import * as fs from "node:fs";
import * as path from "node:path";
import { allRules } from "../packs";
import { repoRoot } from "./support";

function tokensIn(file: string): Set<string> {
    const text = fs.readFileSync(path.join(repoRoot, "src", "types", file), "utf8");
    return new Set([...text.matchAll(/^ {4}"([^"]+)": /gm)].map((m) => m[1]));
}

const known = new Set(["aws", "kubernetes", "azure-native", "gcp"].flatMap((provider) => [...tokensIn(`${provider}.generated.ts`)]));

test("the generated maps hold the SDKs' tokens", () => {
    expect(known.has("aws:s3/bucket:Bucket")).toBe(true);
    expect(known.has("kubernetes:apps/v1:Deployment")).toBe(true);
    expect(known.size).toBeGreaterThan(1500);
});

test.each(allRules.filter((r) => r.kind === "resource").map((r) => [r.id, r] as const))("%s uses known type tokens", (_id, rule) => {
    const unknownTokens = rule.kind === "resource" ? rule.resourceTypes.filter((t) => !known.has(t)) : [];
    expect(unknownTokens).toEqual([]);
});
