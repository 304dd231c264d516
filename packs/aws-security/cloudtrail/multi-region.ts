import { requireSetting } from "../../shared/flag-rule";

export default requireSetting({
    id: "cloudtrail-multi-region",
    title: "CloudTrail trails cover every region",
    description:
        "A single-region trail records nothing that happens in the other regions, which is where an intruder with stolen credentials would start crypto-miners or stage data unnoticed. A multi-region trail also records the activity of global services such as IAM.",
    severity: "medium",
    service: "cloudtrail",
    frameworks: {
        "cis-aws-3.0": ["3.1"],
        "aws-fsbp": ["CloudTrail.1"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "CA-7"],
    },
    tags: ["logging", "audit"],
    remediation:
        "Set `isMultiRegionTrail: true` (and leave `includeGlobalServiceEvents` at its default, true), or rely on an organization trail that covers every region and account.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a trail for one region",
                resources: [{ type: "aws:cloudtrail/trail:Trail", name: "audit", props: { s3BucketName: "acme-cloudtrail-logs" } }],
            },
        ],
        compliant: [
            {
                description: "a trail for every region",
                resources: [{ type: "aws:cloudtrail/trail:Trail", name: "audit", props: { s3BucketName: "acme-cloudtrail-logs", isMultiRegionTrail: true } }],
            },
        ],
    },
    resourceType: "aws:cloudtrail/trail:Trail",
    path: ["isMultiRegionTrail"],
    expected: true,
    message: (ctx) => `Trail \`${ctx.name}\` records events in one region only (isMultiRegionTrail is not true).`,
});
