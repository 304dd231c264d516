import { defineRule } from "../../../src";
import { keyFindingMessage, keyFindings } from "../lib/required-keys";
import { DEFAULT_REQUIRED_TAGS, globMatcher } from "../lib/tags";
import { TAGGABLE_AZURE_TYPES } from "../azure-taggable-types.generated";
import type {} from "../../../src/types/azure-native/storage";

interface Config extends Record<string, unknown> {
    requiredTags: string[];
    allowedValues: Record<string, string[] | string>;
    ignoreTypes: string[];
}

/** Every taggable Azure resource carries the required tags (tag names compared as Azure does, ignoring case). */
export default defineRule({
    id: "tagging-azure-required-tags",
    title: "Azure resources carry the required tags",
    description:
        "Azure Cost Management, budgets and owners' dashboards group spending and resources by tag. A resource without its owner, environment and cost-center tags lands in the unallocated part of the bill, with nobody to ask before it is changed or deleted.",
    severity: "medium",
    service: "azure",
    tags: ["tagging", "cost-allocation"],
    remediation:
        'Add the missing tags to the resource: `tags: { owner: "team-a", environment: "prod", "cost-center": "cc-123" }`. Azure also offers a "Require a tag" Azure Policy to enforce them at deployment.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requiredTags: { type: "array", items: { type: "string" }, description: "Tag names every taggable Azure resource must carry (compared ignoring case, as Azure does)." },
            allowedValues: {
                type: "object",
                additionalProperties: { type: ["array", "string"], items: { type: "string" } },
                description: 'Per tag name, the allowed values (a list) or a regular expression, e.g. { "environment": ["dev", "staging", "prod"] }.',
            },
            ignoreTypes: { type: "array", items: { type: "string" }, description: "Type tokens (or * globs) not to check, e.g. azure-native:network:*." },
        },
    },
    configDefaults: { requiredTags: DEFAULT_REQUIRED_TAGS, allowedValues: {}, ignoreTypes: [] } satisfies Config,
    examples: {
        violating: [
            {
                description: "a storage account without an owner",
                resources: [{ type: "azure-native:storage:StorageAccount", name: "assets", props: { tags: { environment: "prod", "cost-center": "cc-42" } } }],
            },
        ],
        compliant: [
            {
                description: "a storage account with every required tag (names in any case)",
                resources: [{ type: "azure-native:storage:StorageAccount", name: "assets", props: { tags: { Owner: "web-team", Environment: "prod", "Cost-Center": "cc-42" } } }],
            },
        ],
    },
    resourceType: TAGGABLE_AZURE_TYPES,
    validate(props, ctx) {
        if (globMatcher(ctx.config.ignoreTypes)(ctx.type)) return;
        const config = ctx.config as Config;
        const findings = keyFindings({ own: props.tags, required: config.requiredTags, allowedValues: config.allowedValues, caseInsensitiveKeys: true });
        for (const finding of findings) {
            const message = keyFindingMessage(finding, `Resource \`${ctx.name}\` (${ctx.type})`, { noun: "tag" }, config.allowedValues);
            ctx.report({ message, propertyPath: `tags.${finding.key}` });
        }
    },
});
