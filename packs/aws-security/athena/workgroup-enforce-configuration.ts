import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/athena";

export default defineRule({
    id: "athena-workgroup-enforce-configuration",
    title: "Athena workgroups enforce their settings on clients",
    description:
        "When a workgroup does not enforce its configuration, each client may choose its own result location and encryption, including none, so the workgroup's encryption setting is only a suggestion. Enforcement is on by default; this rule reports workgroups that turn it off.",
    severity: "medium",
    service: "athena",
    frameworks: {
        "nist-800-53-r5": ["CM-6", "SC-28"],
    },
    tags: ["encryption", "configuration"],
    remediation: "Remove `configuration.enforceWorkgroupConfiguration: false` from the aws.athena.Workgroup, or set it to `true`.",
    defaultLevel: "advisory",
    messages: {
        disabled: "Athena workgroup `{{name}}` lets clients override its settings, encryption included (enforceWorkgroupConfiguration: false).",
    },
    examples: {
        violating: [
            {
                description: "a workgroup whose clients may turn result encryption off",
                resources: [
                    {
                        type: "aws:athena/workgroup:Workgroup",
                        name: "analytics",
                        props: {
                            name: "analytics",
                            configuration: {
                                enforceWorkgroupConfiguration: false,
                                resultConfiguration: { outputLocation: "s3://acme-athena-results/analytics/", encryptionConfiguration: { encryptionOption: "SSE_S3" } },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a workgroup that enforces its settings",
                resources: [
                    {
                        type: "aws:athena/workgroup:Workgroup",
                        name: "analytics",
                        props: {
                            name: "analytics",
                            configuration: {
                                enforceWorkgroupConfiguration: true,
                                resultConfiguration: { outputLocation: "s3://acme-athena-results/analytics/", encryptionConfiguration: { encryptionOption: "SSE_S3" } },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:athena/workgroup:Workgroup",
    validate(props, ctx) {
        const enforce = props.configuration?.enforceWorkgroupConfiguration;
        // Absent means AWS's default, true.
        if (enforce === undefined || enforce === null || enforce === true) return;
        ctx.report({ messageId: "disabled", data: { name: ctx.name }, propertyPath: "configuration.enforceWorkgroupConfiguration" });
    },
    remediate(props) {
        if (props.configuration) props.configuration.enforceWorkgroupConfiguration = true;
    },
});
