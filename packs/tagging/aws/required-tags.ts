import { defineRule, recordOf, type ResourceRuleContext } from "../../../src";
import { keyFindingMessage, keyFindings, type KeyFinding } from "../lib/required-keys";
import { DEFAULT_REQUIRED_TAGS, fillPlaceholders, globMatcher, providerDefaultTags } from "../lib/tags";
import { TAGGABLE_AWS_TYPES } from "../taggable-types.generated";
import type {} from "../../../src/types/aws-all";

interface Config extends Record<string, unknown> {
    requiredTags: string[];
    allowedValues: Record<string, string[] | string>;
    defaultValues: Record<string, string>;
    ignoreTypes: string[];
}

/** The resource's tag findings; a tag it does not set counts when its AWS provider's `defaultTags.tags` sets it. */
function assess(props: Record<string, unknown>, ctx: ResourceRuleContext<Config>): KeyFinding[] {
    return keyFindings({
        own: props.tags,
        defaults: () => providerDefaultTags(ctx.provider),
        required: ctx.config.requiredTags,
        allowedValues: ctx.config.allowedValues,
        caseInsensitiveKeys: false,
    });
}

const WORDING = { noun: "tag", defaults: "its AWS provider's default tags" } as const;

export default defineRule({
    id: "tagging-required-tags",
    title: "AWS resources carry the required tags",
    description:
        "Tags are how cost reports, budgets and incident responders find out who owns a resource and what it is for. An untagged resource ends up in the unallocated part of the bill, with nobody to ask before it is changed or deleted.",
    severity: "medium",
    service: "tagging",
    tags: ["tagging", "cost-allocation"],
    remediation:
        'Add the missing tags to the resource (`tags: { owner: "team-a", environment: "prod", "cost-center": "cc-123" }`), or once for every resource through the AWS provider\'s `defaultTags: { tags: { ... } }`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requiredTags: { type: "array", items: { type: "string" }, description: "Tag keys every taggable AWS resource must carry." },
            allowedValues: {
                type: "object",
                additionalProperties: { type: ["array", "string"], items: { type: "string" } },
                description: 'Per tag key, the allowed values (a list) or a regular expression, e.g. { "environment": ["dev", "staging", "prod"] }.',
            },
            defaultValues: {
                type: "object",
                additionalProperties: { type: "string" },
                description: "Per tag key, the value remediation adds when the tag is missing ({stack} and {project} are filled in). Never overwrites a value.",
            },
            ignoreTypes: { type: "array", items: { type: "string" }, description: "Type tokens (or * globs) not to check, e.g. aws:s3/bucketObject:*." },
        },
    },
    configDefaults: { requiredTags: DEFAULT_REQUIRED_TAGS, allowedValues: {}, defaultValues: {}, ignoreTypes: [] },
    examples: {
        violating: [{ description: "a bucket without an owner", resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: { tags: { environment: "prod", "cost-center": "cc-42" } } }] }],
        compliant: [
            {
                description: "a bucket carrying every required tag",
                resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: { tags: { owner: "web-team", environment: "prod", "cost-center": "cc-42" } } }],
            },
        ],
    },
    resourceType: TAGGABLE_AWS_TYPES,
    validate(props, ctx) {
        if (globMatcher(ctx.config.ignoreTypes)(ctx.type)) return;
        for (const finding of assess(props, ctx)) {
            const message = keyFindingMessage(finding, `Resource \`${ctx.name}\` (${ctx.type})`, WORDING, ctx.config.allowedValues);
            ctx.report({ message, propertyPath: `tags.${finding.key}` });
        }
    },
    remediate(props, ctx) {
        const defaults = recordOf(ctx.config.defaultValues);
        const additions: Record<string, string> = {};
        for (const finding of assess(props, ctx)) {
            const value = defaults[finding.key];
            if (finding.problem === "missing" && typeof value === "string" && value.trim() !== "") {
                additions[finding.key] = fillPlaceholders(value, ctx.urn);
            }
        }
        if (Object.keys(additions).length === 0) return;
        const current = props.tags;
        if (current === undefined || current === null) props.tags = additions;
        else if (typeof current === "object" && !Array.isArray(current)) Object.assign(current, additions);
    },
});
