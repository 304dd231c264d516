/**
 * Published packs change only with a version bump and a CHANGELOG entry: each pack's manifest
 * (policy ids, default levels, config schemas) must match its committed snapshot.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { allPacks } from "../packs";
import { manifestContent, packManifest, type PackManifest } from "../src/report";
import { repoRoot } from "./support";

const changelog = fs.readFileSync(path.join(repoRoot, "CHANGELOG.md"), "utf8");
const HOW = "bump the pack's version, add a CHANGELOG entry for it, and run `npm run regen`";

test.each(allPacks.map((p) => [p.name, p] as const))("%s matches its committed manifest", (name, pack) => {
    const file = path.join(repoRoot, "manifests", `${name}.json`);
    expect({ file: `manifests/${name}.json`, exists: fs.existsSync(file) }).toEqual({ file: `manifests/${name}.json`, exists: true });
    const snapshot = JSON.parse(fs.readFileSync(file, "utf8")) as PackManifest;
    const current = packManifest(pack);
    const problem =
        manifestContent(snapshot) !== manifestContent(current)
            ? `${name}: policies, default levels or config schemas changed: ${HOW}`
            : snapshot.version !== current.version
              ? `${name}: version changed to ${current.version} without refreshing the manifest: run \`npm run manifests\``
              : undefined;
    expect(problem).toBeUndefined();
    const mentioned = changelog.includes(`${name} ${snapshot.version}`) || changelog.includes(`\`${name}\` ${snapshot.version}`);
    expect({ changelogMentions: `${name} ${snapshot.version}`, mentioned }).toEqual({ changelogMentions: `${name} ${snapshot.version}`, mentioned: true });
});
