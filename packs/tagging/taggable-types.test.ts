import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { TAGGABLE_AWS_TYPES } from "./taggable-types.generated";

const repoRoot = path.join(__dirname, "..", "..");

test("the taggable type lists match the installed @pulumi/aws, @pulumi/azure-native and @pulumi/gcp", () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "generate-taggable-types.mjs"), "--check"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
});

test("the list is sorted, holds common taggable types and only tokens of the resource type map", () => {
    expect([...TAGGABLE_AWS_TYPES].sort()).toEqual([...TAGGABLE_AWS_TYPES]);
    expect(TAGGABLE_AWS_TYPES).toEqual(expect.arrayContaining(["aws:s3/bucket:Bucket", "aws:ec2/instance:Instance", "aws:rds/instance:Instance"]));
    // Autoscaling groups take a list of tag blocks, and providers take defaultTags: neither is a tag map.
    expect(TAGGABLE_AWS_TYPES).not.toContain("aws:autoscaling/group:Group");
    expect(TAGGABLE_AWS_TYPES).not.toContain("pulumi:providers:aws");
    const generated = fs.readFileSync(path.join(repoRoot, "src", "types", "aws.generated.ts"), "utf8");
    const known = new Set([...generated.matchAll(/^ {4}"([^"]+)": /gm)].map((m) => m[1]));
    expect(TAGGABLE_AWS_TYPES.filter((t) => !known.has(t))).toEqual([]);
});
