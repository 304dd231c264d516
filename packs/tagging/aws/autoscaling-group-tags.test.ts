import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./autoscaling-group-tags";

const tag = (key: string, value: string = "v", propagateAtLaunch: boolean = true) => ({ key, value, propagateAtLaunch });
const group = (tags: MockProps<"aws:autoscaling/group:Group">["tags"], provider?: { type: string; urn: string; name: string; props: Record<string, unknown> }) =>
    mockResource("aws:autoscaling/group:Group", { maxSize: 3, minSize: 1, tags }, { name: "workers", provider });
const ALL = [tag("owner"), tag("environment"), tag("cost-center")];

export const cases: RuleCase[] = [
    {
        name: "no tags",
        resources: group(undefined),
        expect: { violations: [{ propertyPath: "tags", messageIncludes: '"owner"' }, "tags", "tags"] },
    },
    { name: "all required tags, propagated", resources: group(ALL), expect: "pass" },
    {
        name: "a tag not propagated to instances",
        resources: group([tag("owner"), tag("environment", "prod", false), tag("cost-center")]),
        expect: { violations: ["tags[1].propagateAtLaunch"] },
    },
    {
        name: "an empty value",
        resources: group([tag("owner", ""), tag("environment"), tag("cost-center")]),
        expect: { violations: [{ propertyPath: "tags[0].value", messageIncludes: "empty" }] },
    },
    {
        name: "provider default tags do not count for Auto Scaling groups",
        resources: group([tag("owner")], {
            type: "pulumi:providers:aws", urn: "urn:p", name: "aws", props: { defaultTags: { tags: { environment: "prod", "cost-center": "c" } } },
        }),
        expect: { violations: ["tags", "tags"] },
    },
    {
        name: "propagation can be left optional",
        resources: group([tag("owner", "a", false), tag("environment", "b", false), tag("cost-center", "c", false)]),
        options: { config: { "tagging-autoscaling-group-tags": { requirePropagateAtLaunch: false } } },
        expect: "pass",
    },
    { name: "tag list unknown during preview", resources: group(unknown("array")), expect: "skipped" },
    { name: "a tag key unknown during preview, required tags missing: not judged", resources: group([tag("owner"), { key: unknown(), value: "x", propagateAtLaunch: true }]), expect: "skipped" },
    { name: "a tag key unknown during preview does not matter when every required tag is there", resources: group([...ALL, { key: unknown(), value: "x", propagateAtLaunch: true }]), expect: "pass" },
    { name: "a tag value unknown during preview is not judged", resources: group([tag("owner", unknown()), tag("environment"), tag("cost-center")]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
