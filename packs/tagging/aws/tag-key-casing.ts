import { defineRule, knownOr, listOf, propertyPath, recordOf } from "../../../src";
import { AWS_PROVIDER_TYPE, CASINGS, describeKey, followsCasing, globMatcher, objectOrJson, type Casing } from "../lib/tags";
import { TAGGABLE_AWS_TYPES } from "../taggable-types.generated";
import type {} from "../../../src/types/aws-all";

const ASG_TYPE = "aws:autoscaling/group:Group";

const CASING_NAMES: Record<Casing, string> = {
    kebab: "kebab-case (lower-case words joined by -)",
    snake: "snake_case (lower-case words joined by _)",
    lower: "lower case",
    camel: "camelCase",
    pascal: "PascalCase",
    any: "any casing",
};

export default defineRule({
    id: "tagging-tag-key-casing",
    title: "Tag keys follow one casing convention",
    description:
        "Tag keys are case-sensitive: `CostCenter`, `cost_center` and `cost-center` are three different tags, and a cost report grouped by one misses the others. One convention keeps reports and tag policies whole.",
    severity: "low",
    service: "tagging",
    tags: ["tagging", "cost-allocation"],
    remediation:
        "Rename the tag key to the configured casing (for kebab-case, `costCenter` becomes `cost-center`). Namespaced keys such as `team:cost-center` or `app.kubernetes.io/name` are judged segment by segment.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            casing: { type: "string", enum: [...CASINGS], description: "Casing of every tag key: kebab, snake, lower, camel, pascal or any." },
            ignoreKeys: {
                type: "array",
                items: { type: "string" },
                description: "Tag keys (or * globs) exempt from the convention, such as AWS's display-name tag Name.",
            },
        },
    },
    configDefaults: { casing: "kebab", ignoreKeys: ["Name"] },
    examples: {
        violating: [{ description: "a camelCase key", resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: { tags: { costCenter: "cc-42" } } }] }],
        compliant: [{ description: "kebab-case keys", resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: { tags: { "cost-center": "cc-42", Name: "assets" } } }] }],
    },
    resourceType: [...TAGGABLE_AWS_TYPES, ASG_TYPE, AWS_PROVIDER_TYPE],
    validate(_props, ctx) {
        const casing: Casing = CASINGS.includes(ctx.config.casing) ? ctx.config.casing : "any";
        if (casing === "any") return;
        const ignored = globMatcher(ctx.config.ignoreKeys);
        // Keys beginning with aws: are AWS's own and cannot be set by users.
        const judged = (key: unknown): key is string => typeof key === "string" && !key.startsWith("aws:") && !ignored(key) && !followsCasing(key, casing);
        const report = (key: string, path: string, where: string) =>
            ctx.report({
                message: `${where} \`${ctx.name}\` has the tag key ${describeKey(key)}, which is not ${CASING_NAMES[casing]}.`,
                propertyPath: path,
            });

        const { resource } = ctx;
        if (resource.type === AWS_PROVIDER_TYPE) {
            const tags = objectOrJson(objectOrJson(resource.props.defaultTags).tags);
            for (const key of Object.keys(tags)) if (judged(key)) report(key, `defaultTags.tags.${key}`, "AWS provider");
        } else if (resource.type === ASG_TYPE) {
            listOf(resource.props.tags).forEach((entry, index) => {
                const key = knownOr(() => recordOf(entry).key, undefined);
                if (judged(key)) report(key, propertyPath("tags", index, "key"), "Auto Scaling group");
            });
        } else {
            for (const key of Object.keys(recordOf(resource.props.tags))) if (judged(key)) report(key, `tags.${key}`, "Resource");
        }
    },
});
