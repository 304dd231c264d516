import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/athena";

/** The encryption options Athena accepts for query results. */
const OPTIONS: ReadonlySet<string> = new Set(["SSE_S3", "SSE_KMS", "CSE_KMS"]);

export default defineRule({
    id: "athena-workgroup-encrypted",
    title: "Athena workgroups encrypt query results",
    description:
        "Athena writes every query's results, often copies of sensitive rows, to S3. A workgroup without result encryption leaves those files encrypted only if the bucket happens to do it. Setting it on the workgroup makes every query's results encrypted (with the workgroup's settings enforced, see athena-workgroup-enforce-configuration).",
    severity: "medium",
    service: "athena",
    frameworks: {
        "nist-800-53-r5": ["SC-13", "SC-28"],
    },
    tags: ["encryption", "data"],
    remediation:
        'Set `configuration.resultConfiguration.encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn: key.arn }` (or "SSE_S3") on the aws.athena.Workgroup, or store results in Athena managed storage with `configuration.managedQueryResultsConfiguration: { enabled: true }`.',
    defaultLevel: "advisory",
    messages: {
        unset: "Athena workgroup `{{name}}` does not encrypt query results: no encryptionOption is set.",
        invalid: "Athena workgroup `{{name}}` sets an encryptionOption that is not SSE_S3, SSE_KMS or CSE_KMS, so query results are not encrypted.",
    },
    examples: {
        violating: [
            {
                description: "results written to S3 without encryption",
                resources: [
                    {
                        type: "aws:athena/workgroup:Workgroup",
                        name: "analytics",
                        props: { name: "analytics", configuration: { resultConfiguration: { outputLocation: "s3://acme-athena-results/analytics/" } } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "results encrypted with a KMS key",
                resources: [
                    {
                        type: "aws:athena/workgroup:Workgroup",
                        name: "analytics",
                        props: {
                            name: "analytics",
                            configuration: {
                                enforceWorkgroupConfiguration: true,
                                resultConfiguration: {
                                    outputLocation: "s3://acme-athena-results/analytics/",
                                    encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
                                },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:athena/workgroup:Workgroup",
    validate(props, ctx) {
        const configuration = props.configuration;
        // Athena managed result storage is always encrypted (with an AWS owned key unless one is given).
        if (configuration?.managedQueryResultsConfiguration?.enabled === true) return;
        const option = configuration?.resultConfiguration?.encryptionConfiguration?.encryptionOption;
        if (typeof option === "string" && OPTIONS.has(option)) return;
        ctx.report({
            messageId: option === undefined || option === null || option === "" ? "unset" : "invalid",
            data: { name: ctx.name },
            propertyPath: "configuration.resultConfiguration.encryptionConfiguration.encryptionOption",
        });
    },
});
