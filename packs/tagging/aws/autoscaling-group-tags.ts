import { defineRule, known, listOf, peek, propertyPath, recordOf } from "../../../src";
import { DEFAULT_REQUIRED_TAGS, describeKey, isBlank } from "../lib/tags";
import type {} from "../../../src/types/aws/autoscaling";
import type {} from "../../../src/types/aws/provider";

/**
 * Auto Scaling groups take tags as a list of blocks, and the AWS provider's `defaultTags` do not
 * apply to them, so the required tags must be on the group itself, propagated to its instances.
 */
export default defineRule({
    id: "tagging-autoscaling-group-tags",
    title: "Auto Scaling groups carry and propagate the required tags",
    description:
        "The AWS provider's default tags do not reach Auto Scaling groups, and a group's tags reach the instances it launches only with propagateAtLaunch. Without both, the instances, usually the largest line of an EC2 bill, show up untagged in cost reports.",
    severity: "medium",
    service: "tagging",
    tags: ["tagging", "cost-allocation"],
    remediation:
        'Add a tag block per required key with propagation on: `tags: [{ key: "owner", value: "team-a", propagateAtLaunch: true }, ...]`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requiredTags: { type: "array", items: { type: "string" }, description: "Tag keys every Auto Scaling group must carry." },
            requirePropagateAtLaunch: { type: "boolean", description: "Require propagateAtLaunch: true on the required tags." },
        },
    },
    configDefaults: { requiredTags: DEFAULT_REQUIRED_TAGS, requirePropagateAtLaunch: true },
    examples: {
        violating: [
            {
                description: "tags not propagated to instances",
                resources: [{
                    type: "aws:autoscaling/group:Group",
                    name: "workers",
                    props: { maxSize: 3, minSize: 1, tags: [{ key: "owner", value: "web-team", propagateAtLaunch: false }, { key: "environment", value: "prod", propagateAtLaunch: true }, { key: "cost-center", value: "cc-42", propagateAtLaunch: true }] },
                }],
            },
        ],
        compliant: [
            {
                description: "every required tag, propagated",
                resources: [{
                    type: "aws:autoscaling/group:Group",
                    name: "workers",
                    props: { maxSize: 3, minSize: 1, tags: [{ key: "owner", value: "web-team", propagateAtLaunch: true }, { key: "environment", value: "prod", propagateAtLaunch: true }, { key: "cost-center", value: "cc-42", propagateAtLaunch: true }] },
                }],
            },
        ],
    },
    resourceType: "aws:autoscaling/group:Group",
    validate(props, ctx) {
        // Index the tag blocks by key; a block whose key is unknown in preview could be any tag.
        // Keys are peeked: an unknown one matters (and is noted) only when a required tag is missing.
        const blocks = new Map<string, number>();
        const unknownKeys: Array<() => unknown> = [];
        listOf(props.tags).forEach((entry, index) => {
            const read = () => recordOf(entry).key;
            const key = peek(read);
            if (!key.known) unknownKeys.push(read);
            else if (typeof key.value === "string" && !blocks.has(key.value)) blocks.set(key.value, index);
        });
        for (const key of ctx.config.requiredTags) {
            if (typeof key !== "string" || key === "") continue;
            const index = blocks.get(key);
            if (index === undefined) {
                if (unknownKeys.length > 0) {
                    for (const read of unknownKeys) known(read);
                    continue;
                }
                ctx.report({
                    message: `Auto Scaling group \`${ctx.name}\` lacks the required tag ${describeKey(key)} (provider default tags do not apply to Auto Scaling groups).`,
                    propertyPath: "tags",
                });
                continue;
            }
            const block = recordOf(listOf(props.tags)[index]);
            const value = known(() => block.value);
            if (value.known && isBlank(value.value)) {
                ctx.report({ message: `Auto Scaling group \`${ctx.name}\` has an empty value for the tag ${describeKey(key)}.`, propertyPath: propertyPath("tags", index, "value") });
            }
            const propagate = known(() => block.propagateAtLaunch);
            if (ctx.config.requirePropagateAtLaunch && propagate.known && propagate.value !== true) {
                ctx.report({
                    message: `Auto Scaling group \`${ctx.name}\` does not propagate the tag ${describeKey(key)} to the instances it launches.`,
                    propertyPath: propertyPath("tags", index, "propagateAtLaunch"),
                });
            }
        }
    },
});
