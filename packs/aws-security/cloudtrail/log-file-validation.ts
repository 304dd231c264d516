import { requireSetting } from "../../shared/flag-rule";

export default requireSetting({
    id: "cloudtrail-log-file-validation",
    title: "CloudTrail log file validation is on",
    description:
        "Audit logs are only evidence if you can show they were not altered. Log file validation makes CloudTrail deliver signed digest files, so any change to or deletion of a log file after delivery can be detected.",
    severity: "medium",
    service: "cloudtrail",
    frameworks: {
        "cis-aws-3.0": ["3.2"],
        "aws-fsbp": ["CloudTrail.4"],
        "nist-800-53-r5": ["AU-9", "SI-4", "SI-7"],
    },
    tags: ["logging", "audit", "integrity"],
    remediation: "Set `enableLogFileValidation: true` on the trail.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "log file validation left off",
                resources: [{ type: "aws:cloudtrail/trail:Trail", name: "audit", props: { s3BucketName: "acme-cloudtrail-logs", isMultiRegionTrail: true } }],
            },
        ],
        compliant: [
            {
                description: "log file validation on",
                resources: [
                    {
                        type: "aws:cloudtrail/trail:Trail",
                        name: "audit",
                        props: { s3BucketName: "acme-cloudtrail-logs", isMultiRegionTrail: true, enableLogFileValidation: true },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:cloudtrail/trail:Trail",
    path: ["enableLogFileValidation"],
    expected: true,
    message: (ctx) =>
        `Trail \`${ctx.name}\` does not validate its log files (enableLogFileValidation is not true), so tampering with delivered logs would go unnoticed.`,
    remediate(props) {
        props.enableLogFileValidation = true;
    },
});
