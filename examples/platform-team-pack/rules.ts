import { selectRules, type LevelOverrides, type Rule } from "pulumi-guardrails";
import { allPacks } from "pulumi-guardrails/packs";
import approvedAmis from "./custom/approved-amis";
import bucketNaming from "./custom/bucket-naming";

/** The library's CIS and AWS FSBP rules of high or critical severity, and Acme's own two. */
export const rules: Rule[] = [
    ...selectRules(allPacks, { packs: ["aws-security"], frameworks: ["cis-aws", "aws-fsbp"], minSeverity: "high" }),
    approvedAmis,
    bucketNaming,
];

/** Levels per environment: everything advisory in dev, the selection mandatory in prod. */
export function levelsFor(environment: string): LevelOverrides {
    switch (environment) {
        case "prod":
            return { all: "mandatory", rules: { "acme-bucket-naming": "mandatory", "ec2-imdsv2-required": "remediate" } };
        case "staging":
            return { rules: { "acme-bucket-naming": "advisory" } };
        default:
            return { all: "advisory" };
    }
}
