import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { iamKindOf } from "./iam-grants";
import { GCP_IAM_BINDING_TYPES, GCP_IAM_MEMBER_TYPES, GCP_IAM_POLICY_TYPES, GCP_IAM_TYPES } from "./iam-types.generated";

const repoRoot = path.join(__dirname, "..", "..", "..");

test("the IAM type lists match src/types/gcp.generated.ts", () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "generate-gcp-iam-types.mjs"), "--check"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
});

test("each list is sorted, of its kind, and only of tokens of the resource type map", () => {
    const generated = fs.readFileSync(path.join(repoRoot, "src", "types", "gcp.generated.ts"), "utf8");
    const known = new Set([...generated.matchAll(/^ {4}"([^"]+)": /gm)].map((m) => m[1]));
    for (const [list, kind] of [[GCP_IAM_MEMBER_TYPES, "member"], [GCP_IAM_BINDING_TYPES, "binding"], [GCP_IAM_POLICY_TYPES, "policy"]] as const) {
        expect([...list].sort()).toEqual([...list]);
        expect(list.filter((t) => iamKindOf(t) !== kind)).toEqual([]);
        expect(list.filter((t) => !known.has(t))).toEqual([]);
    }
    // Every spelling of IAM in class names, and the resources that take a grant away left out.
    expect(GCP_IAM_TYPES).toEqual(
        expect.arrayContaining([
            "gcp:storage/bucketIAMMember:BucketIAMMember",
            "gcp:bigquery/datasetIamBinding:DatasetIamBinding",
            "gcp:projects/iAMPolicy:IAMPolicy",
            "gcp:bigquery/iamMember:IamMember",
            "gcp:kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding",
        ]),
    );
    expect(GCP_IAM_TYPES).not.toContain("gcp:projects/iamMemberRemove:IamMemberRemove");
    expect(GCP_IAM_TYPES).not.toContain("gcp:projects/iAMAuditConfig:IAMAuditConfig");
    expect(GCP_IAM_TYPES).not.toContain("gcp:iam/projectsPolicyBinding:ProjectsPolicyBinding");
    const everyIamKind = [...known].filter((t) => iamKindOf(t) !== undefined);
    expect([...GCP_IAM_TYPES].sort()).toEqual(everyIamKind.sort());
});
