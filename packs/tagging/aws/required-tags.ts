import { defineRule, known, recordOf, type Known, type ResourceRuleContext } from "../../../src";
import {
    allowedValueChecker,
    DEFAULT_REQUIRED_TAGS,
    describeAllowed,
    describeKey,
    fillPlaceholders,
    globMatcher,
    isBlank,
    providerDefaultTags,
} from "../lib/tags";
import { TAGGABLE_AWS_TYPES } from "../taggable-types.generated";
import type {} from "../../../src/types/aws-all";

interface Config extends Record<string, unknown> {
    requiredTags: string[];
    allowedValues: Record<string, string[] | string>;
    defaultValues: Record<string, string>;
    ignoreTypes: string[];
}

type Problem = "missing" | "empty" | "invalid";

interface Finding {
    readonly key: string;
    readonly problem: Problem;
    /** Where the judged value came from. */
    readonly source: "resource" | "provider" | "none";
}

const hasOwn = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/**
 * The tag problems of a resource. Its own tags come first; a tag it does not set counts when its
 * AWS provider's `defaultTags.tags` sets it (the provider is read only then). A tag value that is
 * unknown during preview is not judged.
 */
function assess(props: Record<string, unknown>, ctx: ResourceRuleContext<Config>): Finding[] {
    const tags = recordOf(props.tags);
    let fromProvider: Record<string, unknown> | undefined;
    const providerTags = () => (fromProvider ??= providerDefaultTags(ctx.provider));
    const allowed = recordOf(ctx.config.allowedValues);
    const required = new Set(ctx.config.requiredTags.filter((k): k is string => typeof k === "string" && k !== ""));
    const keys = new Set([...required, ...Object.keys(allowed)]);

    const findings: Finding[] = [];
    for (const key of keys) {
        let source: Finding["source"] = "none";
        let read: Known<unknown> | undefined;
        if (hasOwn(tags, key)) {
            source = "resource";
            read = known(() => tags[key]);
        } else if (required.has(key) || hasOwn(providerTags(), key)) {
            const defaults = providerTags();
            if (hasOwn(defaults, key)) {
                source = "provider";
                read = known(() => defaults[key]);
            }
        }
        if (read && !read.known) continue;
        const value = read?.value;
        if (source === "none") {
            if (required.has(key)) findings.push({ key, problem: "missing", source });
            continue;
        }
        if (isBlank(value) || typeof value !== "string") {
            if (required.has(key) || isBlank(value)) findings.push({ key, problem: "empty", source });
            continue;
        }
        const check = allowedValueChecker(key, allowed[key]);
        if (check && !check(value)) findings.push({ key, problem: "invalid", source });
    }
    return findings;
}

function messageFor(finding: Finding, ctx: ResourceRuleContext<Config>): string {
    const key = describeKey(finding.key);
    const what = `Resource \`${ctx.name}\` (${ctx.type})`;
    const where = finding.source === "provider" ? "its AWS provider's default tags give" : "it has";
    switch (finding.problem) {
        case "missing":
            return `${what} lacks the required tag ${key}: neither its tags nor its AWS provider's default tags set it.`;
        case "empty":
            return `${what}: ${where} an empty value for the tag ${key}.`;
        case "invalid":
            return `${what}: ${where} a value for the tag ${key} that is not ${describeAllowed(recordOf(ctx.config.allowedValues)[finding.key])}.`;
    }
}

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
            ctx.report({ message: messageFor(finding, ctx), propertyPath: `tags.${finding.key}` });
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
