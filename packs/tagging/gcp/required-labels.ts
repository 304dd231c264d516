import { defineRule } from "../../../src";
import { keyFindingMessage, keyFindings } from "../lib/required-keys";
import { globMatcher, objectOrJson } from "../lib/tags";
import { LABELABLE_GCP_TYPES } from "../gcp-labelable-types.generated";
import type {} from "../../../src/types/gcp/storage";

interface Config extends Record<string, unknown> {
    requiredLabels: string[];
    allowedValues: Record<string, string[] | string>;
    ignoreTypes: string[];
}

const GCP_PROVIDER_TYPE = "pulumi:providers:gcp";
const WORDING = { noun: "label", defaults: "its provider's default labels" } as const;
/** Label keys Google Cloud accepts: lowercase letters first, then lowercase letters, digits, `_` and `-`, at most 63. */
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;

/** Every labelable Google Cloud resource carries the required labels (its provider's `defaultLabels` count). */
export default defineRule({
    id: "tagging-gcp-required-labels",
    title: "Google Cloud resources carry the required labels",
    description:
        "Cloud Billing exports and budgets break costs down by label. A resource without its owner, environment and cost-center labels is unallocated spend, with nobody to ask before it is changed or deleted.",
    severity: "medium",
    service: "gcp",
    tags: ["tagging", "cost-allocation"],
    remediation:
        'Add the missing labels to the resource (`labels: { owner: "team-a", environment: "prod", "cost-center": "cc-123" }`), or once for every resource through the Google Cloud provider\'s `defaultLabels`. Keys and values must be lowercase.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requiredLabels: {
                type: "array",
                items: { type: "string", pattern: LABEL_KEY.source },
                description: "Label keys every labelable Google Cloud resource must carry (lowercase, as Google Cloud requires).",
            },
            allowedValues: {
                type: "object",
                additionalProperties: { type: ["array", "string"], items: { type: "string" } },
                description: 'Per label key, the allowed values (a list) or a regular expression, e.g. { "environment": ["dev", "staging", "prod"] }.',
            },
            ignoreTypes: { type: "array", items: { type: "string" }, description: "Type tokens (or * globs) not to check, e.g. gcp:compute/*." },
        },
    },
    configDefaults: { requiredLabels: ["owner", "environment", "cost-center"], allowedValues: {}, ignoreTypes: [] } satisfies Config,
    examples: {
        violating: [{ description: "a bucket without an owner", resources: [{ type: "gcp:storage/bucket:Bucket", name: "assets", props: { labels: { environment: "prod", "cost-center": "cc-42" } } }] }],
        compliant: [
            {
                description: "a bucket carrying every required label",
                resources: [{ type: "gcp:storage/bucket:Bucket", name: "assets", props: { labels: { owner: "web-team", environment: "prod", "cost-center": "cc-42" } } }],
            },
        ],
    },
    resourceType: LABELABLE_GCP_TYPES,
    validate(props, ctx) {
        if (globMatcher(ctx.config.ignoreTypes)(ctx.type)) return;
        const config = ctx.config as Config;
        const provider = ctx.provider;
        const findings = keyFindings({
            own: props.labels,
            // Labels the provider adds to every resource it creates (`defaultLabels`).
            defaults: () => (provider && provider.type === GCP_PROVIDER_TYPE ? objectOrJson(provider.props.defaultLabels) : {}),
            required: config.requiredLabels,
            allowedValues: config.allowedValues,
            caseInsensitiveKeys: false,
        });
        for (const finding of findings) {
            const message = keyFindingMessage(finding, `Resource \`${ctx.name}\` (${ctx.type})`, WORDING, config.allowedValues);
            ctx.report({ message, propertyPath: `labels.${finding.key}` });
        }
    },
});
