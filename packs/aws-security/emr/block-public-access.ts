import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/emr";

export default defineRule({
    id: "emr-block-public-access",
    title: "EMR block public access is on and allows only SSH",
    description:
        "EMR block public access stops clusters from starting with security groups open to the internet. Switched off, or with exceptions beyond SSH (port 22), one careless group exposes cluster web interfaces such as YARN, Spark and Jupyter, which run code for anyone who reaches them.",
    severity: "critical",
    service: "emr",
    frameworks: {
        "aws-fsbp": ["EMR.2"],
        "nist-800-53-r5": ["AC-4", "SC-7"],
    },
    tags: ["exposure", "network"],
    remediation:
        "Set `blockPublicSecurityGroupRules: true` on aws.emr.BlockPublicAccessConfiguration, with `permittedPublicSecurityGroupRuleRanges` at most `[{ minRange: 22, maxRange: 22 }]` (or none), in every region you run EMR.",
    defaultLevel: "mandatory",
    messages: {
        blockOff: "EMR block public access `{{name}}` is off: blockPublicSecurityGroupRules is {{state}}.",
        wideException: "EMR block public access `{{name}}` lets clusters open ports {{from}}–{{to}} to the internet through permittedPublicSecurityGroupRuleRanges[{{index}}]; only port 22 should be allowed.",
    },
    examples: {
        violating: [
            {
                description: "block public access switched off",
                resources: [{ type: "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration", name: "emr-bpa", props: { blockPublicSecurityGroupRules: false } }],
            },
        ],
        compliant: [
            {
                description: "block public access on, SSH the only exception",
                resources: [
                    {
                        type: "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration",
                        name: "emr-bpa",
                        props: { blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 22, maxRange: 22 }] },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration",
    validate(props, ctx) {
        const block = props.blockPublicSecurityGroupRules;
        if (block !== true) {
            ctx.report({ messageId: "blockOff", data: { name: ctx.name, state: block === false ? "false" : "not set" }, propertyPath: "blockPublicSecurityGroupRules" });
            return;
        }
        const ranges = listOf(props.permittedPublicSecurityGroupRuleRanges);
        for (let index = 0; index < ranges.length; index++) {
            const range = recordOf(ranges[index]);
            const from = range.minRange;
            const to = range.maxRange;
            if (from === 22 && to === 22) continue;
            const shown = (value: unknown) => (typeof value === "number" ? String(value) : "?");
            ctx.report({
                messageId: "wideException",
                data: { name: ctx.name, from: shown(from), to: shown(to), index: String(index) },
                propertyPath: propertyPath("permittedPublicSecurityGroupRuleRanges", index),
            });
        }
    },
});
