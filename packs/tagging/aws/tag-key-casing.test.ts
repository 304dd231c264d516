import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./tag-key-casing";

const bucket = (tags: MockProps<"aws:s3/bucket:Bucket">["tags"]) => mockResource("aws:s3/bucket:Bucket", { tags }, { name: "assets" });

export const cases: RuleCase[] = [
    {
        name: "camelCase and PascalCase keys are not kebab-case",
        resources: bucket({ costCenter: "a", Owner: "b", environment: "dev" }),
        expect: { violations: [{ propertyPath: "tags.costCenter", messageIncludes: '"costCenter"' }, "tags.Owner"] },
    },
    { name: "snake_case key", resources: bucket({ cost_center: "a" }), expect: { violations: ["tags.cost_center"] } },
    { name: "kebab-case keys", resources: bucket({ "cost-center": "a", owner: "b", "team:cost-center": "c", "app.kubernetes.io/name": "x" }), expect: "pass" },
    { name: "Name is exempt by default", resources: bucket({ Name: "assets", owner: "b" }), expect: "pass" },
    { name: "AWS's own aws: keys are not judged", resources: bucket({ "aws:cloudformation:stack-name": "x" }), expect: "pass" },
    { name: "no tags", resources: bucket(undefined), expect: "pass" },
    {
        name: "configured snake casing",
        resources: bucket({ cost_center: "a", "cost-center": "b" }),
        options: { config: { "tagging-tag-key-casing": { casing: "snake" } } },
        expect: { violations: ["tags.cost-center"] },
    },
    {
        name: "configured pascal casing with its own exemptions",
        resources: bucket({ CostCenter: "a", owner: "b", "kubernetes.io/cluster/x": "owned" }),
        options: { config: { "tagging-tag-key-casing": { casing: "pascal", ignoreKeys: ["kubernetes.io/*"] } } },
        expect: { violations: ["tags.owner"] },
    },
    { name: "casing any switches the check off", resources: bucket({ WhatEver: "a" }), options: { config: { "tagging-tag-key-casing": { casing: "any" } } }, expect: "not-judged" },
    {
        name: "the AWS provider's default tags are judged on the provider",
        resources: mockResource("pulumi:providers:aws", { region: "us-east-1", defaultTags: { tags: { CostCenter: "x", owner: "y" } } }, { name: "aws" }),
        expect: { violations: [{ propertyPath: "defaultTags.tags.CostCenter", messageIncludes: "AWS provider" }] },
    },
    {
        name: "autoscaling group tag blocks",
        resources: mockResource("aws:autoscaling/group:Group", {
            maxSize: 1, minSize: 1,
            tags: [{ key: "owner", value: "a", propagateAtLaunch: true }, { key: "CostCenter", value: "b", propagateAtLaunch: true }],
        }),
        expect: { violations: ["tags[1].key"] },
    },
    { name: "tags unknown during preview", resources: bucket(unknown("object")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
