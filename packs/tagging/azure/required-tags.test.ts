import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./required-tags";
import { TAGGABLE_AZURE_TYPES } from "../azure-taggable-types.generated";

const account = (tags: unknown) => mockResource.untyped("azure-native:storage:StorageAccount", { accountName: "assets", tags }, { name: "assets" });
const ALL = { owner: "web", environment: "prod", "cost-center": "cc-1" };

export const cases: RuleCase[] = [
    { name: "every required tag", resources: account(ALL), expect: "pass" },
    { name: "tag names in another case count: Azure compares them ignoring case", resources: account({ Owner: "web", ENVIRONMENT: "prod", "Cost-Center": "cc-1" }), expect: "pass" },
    {
        name: "no tags at all",
        resources: account(undefined),
        expect: { violations: [{ propertyPath: "tags.owner", messageIncludes: "lacks the required tag" }, "tags.environment", "tags.cost-center"] },
    },
    { name: "an empty value", resources: account({ ...ALL, owner: " " }), expect: { violations: [{ propertyPath: "tags.owner", messageIncludes: "empty value" }] } },
    {
        name: "a value outside the allowed ones",
        resources: account({ ...ALL, environment: "qa" }),
        options: { config: { "tagging-azure-required-tags": { allowedValues: { environment: ["dev", "prod"] } } } },
        expect: { violations: [{ propertyPath: "tags.environment", messageIncludes: "not one of" }] },
    },
    { name: "configured tag names", resources: account({ team: "x" }), options: { config: { "tagging-azure-required-tags": { requiredTags: ["team"] } } }, expect: "pass" },
    {
        name: "an ignored type is not judged",
        resources: account(undefined),
        options: { config: { "tagging-azure-required-tags": { ignoreTypes: ["azure-native:storage:*"] } } },
        expect: "not-judged",
    },
    { name: "a tag value unknown during preview is not judged, the others are", resources: account({ owner: unknown(), environment: "prod" }), expect: { violations: ["tags.cost-center"] } },
    { name: "the tags map unknown during preview: not judged", resources: account(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the generated list holds taggable Azure types and not untaggable ones", () => {
    expect(TAGGABLE_AZURE_TYPES).toContain("azure-native:storage:StorageAccount");
    expect(TAGGABLE_AZURE_TYPES).toContain("azure-native:resources:ResourceGroup");
    expect(TAGGABLE_AZURE_TYPES).not.toContain("azure-native:storage:BlobContainer");
    expect(TAGGABLE_AZURE_TYPES.length).toBeGreaterThan(500);
});
