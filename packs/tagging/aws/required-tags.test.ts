import { UNKNOWN_SENTINELS } from "../../../src/engine";
import { checkCase, mockResource, secret, unknown, unreadableSecret, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./required-tags";

const ALL = { owner: "team-a", environment: "prod", "cost-center": "cc-42" };
const PROVIDER_URN = "urn:pulumi:test::guardrails-test::pulumi:providers:aws::default";
const awsProvider = (tags: unknown) => ({ type: "pulumi:providers:aws", urn: PROVIDER_URN, name: "default", props: { defaultTags: { tags } } });

const bucket = (tags: MockProps<"aws:s3/bucket:Bucket">["tags"], provider?: ReturnType<typeof awsProvider>) =>
    mockResource("aws:s3/bucket:Bucket", { bucket: "assets", tags }, { name: "assets", provider });

// Provider props are passed as the engine sends them: an unknown is the raw sentinel.
export const cases: RuleCase[] = [
    {
        name: "no tags at all: one violation per required tag",
        resources: bucket(undefined),
        expect: { violations: ["tags.owner", "tags.environment", { propertyPath: "tags.cost-center", messageIncludes: '"cost-center"' }] },
    },
    { name: "all required tags set", resources: bucket(ALL), expect: "pass" },
    {
        name: "an empty value is a violation",
        resources: bucket({ ...ALL, owner: "  " }),
        expect: { violations: [{ propertyPath: "tags.owner", messageIncludes: "empty" }] },
    },
    {
        name: "tag keys are case-sensitive",
        resources: bucket({ Owner: "team-a", environment: "prod", "cost-center": "cc-42" }),
        expect: { violations: ["tags.owner"] },
    },
    {
        name: "provider default tags satisfy missing tags",
        resources: bucket({ owner: "team-a" }, awsProvider({ environment: "prod", "cost-center": "cc-42" })),
        expect: "pass",
    },
    {
        name: "provider default tags given as a JSON string (older engines) count too",
        resources: mockResource("aws:s3/bucket:Bucket", { tags: { owner: "a" } }, {
            provider: { type: "pulumi:providers:aws", urn: PROVIDER_URN, name: "default", props: { defaultTags: JSON.stringify({ tags: { environment: "dev", "cost-center": "x" } }) } },
        }),
        expect: "pass",
    },
    {
        name: "provider default tags cover only some keys",
        resources: bucket({ owner: "team-a" }, awsProvider({ environment: "prod" })),
        expect: { violations: [{ propertyPath: "tags.cost-center", messageIncludes: "neither its tags nor its AWS provider" }] },
    },
    {
        name: "an empty provider default is reported as coming from the provider",
        resources: bucket({ owner: "team-a", "cost-center": "cc" }, awsProvider({ environment: "" })),
        expect: { violations: [{ propertyPath: "tags.environment", messageIncludes: "provider's default tags" }] },
    },
    {
        name: "a non-AWS provider's props are ignored",
        resources: mockResource("aws:s3/bucket:Bucket", { tags: { owner: "a" } }, {
            provider: { type: "pulumi:providers:random", urn: "urn:x", name: "r", props: { defaultTags: { tags: ALL } } },
        }),
        expect: { violations: ["tags.environment", "tags.cost-center"] },
    },
    {
        name: "allowed values: environment outside the list",
        resources: bucket({ ...ALL, environment: "production" }),
        options: { config: { "tagging-required-tags": { allowedValues: { environment: ["dev", "staging", "prod"] } } } },
        expect: { violations: [{ propertyPath: "tags.environment", messageIncludes: 'one of "dev", "staging", "prod"' }] },
    },
    {
        name: "allowed values: a regular expression",
        resources: bucket({ ...ALL, "cost-center": "cc-42" }),
        options: { config: { "tagging-required-tags": { allowedValues: { "cost-center": "^CC-[0-9]{4}$" } } } },
        expect: { violations: ["tags.cost-center"] },
    },
    {
        name: "allowed values also apply to values from the provider",
        resources: bucket({ owner: "a", "cost-center": "c" }, awsProvider({ environment: "qa" })),
        options: { config: { "tagging-required-tags": { allowedValues: { environment: ["dev", "prod"] } } } },
        expect: { violations: ["tags.environment"] },
    },
    {
        name: "allowed values that match",
        resources: bucket(ALL),
        options: { config: { "tagging-required-tags": { allowedValues: { environment: ["dev", "staging", "prod"], owner: "^team-" } } } },
        expect: "pass",
    },
    {
        name: "the value is never echoed",
        resources: bucket({ ...ALL, environment: secret("zz-top-secret") }),
        options: { config: { "tagging-required-tags": { allowedValues: { environment: ["dev"] } } } },
        expect: { violations: ["tags.environment"] },
    },
    {
        name: "configured required tags replace the defaults",
        resources: bucket({ team: "x" }),
        options: { config: { "tagging-required-tags": { requiredTags: ["team", "service"] } } },
        expect: { violations: ["tags.service"] },
    },
    {
        name: "ignored types are not checked",
        resources: bucket(undefined),
        options: { config: { "tagging-required-tags": { ignoreTypes: ["aws:s3/*"] } } },
        expect: "not-judged",
    },
    {
        name: "other taggable types are checked too",
        resources: mockResource("aws:ec2/instance:Instance", { ami: "ami-1", instanceType: "t3.micro", tags: { owner: "a", environment: "dev" } }),
        expect: { violations: ["tags.cost-center"] },
    },
    { name: "tags unknown during preview", resources: bucket(unknown("object")), expect: "skipped" },
    {
        name: "provider default tags unknown during preview, with a tag missing",
        resources: mockResource("aws:s3/bucket:Bucket", { tags: { owner: "a" } }, {
            provider: { type: "pulumi:providers:aws", urn: PROVIDER_URN, name: "default", props: { defaultTags: UNKNOWN_SENTINELS.object } },
        }),
        expect: "skipped",
    },
    {
        name: "provider unknown does not matter when the resource has every tag",
        resources: mockResource("aws:s3/bucket:Bucket", { tags: ALL }, {
            provider: { type: "pulumi:providers:aws", urn: PROVIDER_URN, name: "default", props: { defaultTags: UNKNOWN_SENTINELS.object } },
        }),
        expect: "pass",
    },
    { name: "one tag value unknown during preview, the others set: not judged", resources: bucket({ ...ALL, owner: unknown() }), expect: "skipped" },
    { name: "one tag value unknown: the others are still judged", resources: bucket({ owner: unknown(), environment: "prod" }), expect: { violations: ["tags.cost-center"] } },
    { name: "a tag value that is an unreadable secret: not judged", resources: bucket({ ...ALL, owner: unreadableSecret() }), expect: "skipped" },
    {
        name: "remediation adds missing tags from configured defaults",
        resources: bucket({ owner: "team-a" }),
        options: { config: { "tagging-required-tags": { defaultValues: { environment: "{stack}", "cost-center": "cc-unassigned" } } } },
        expect: { remediated: { "tags.owner": "team-a", "tags.environment": "test" } },
    },
    {
        name: "remediation creates the tag map",
        resources: bucket(undefined),
        options: { config: { "tagging-required-tags": { requiredTags: ["owner"], defaultValues: { owner: "platform" } } } },
        expect: { remediated: { "tags.owner": "platform" } },
    },
    {
        name: "remediation leaves tags without a default as violations and never overwrites a value",
        resources: bucket({ owner: "", environment: "prod" }),
        options: { level: "remediate", config: { "tagging-required-tags": { defaultValues: { owner: "platform" } } } },
        expect: { violations: [{ propertyPath: "tags.owner", messageIncludes: "empty" }, "tags.cost-center"] },
    },
    {
        name: "remediation does not copy provider defaults onto the resource",
        resources: bucket({ owner: "a" }, awsProvider({ environment: "prod" })),
        options: { config: { "tagging-required-tags": { defaultValues: { environment: "dev", "cost-center": "cc" } } } },
        expect: { remediated: { "tags.environment": undefined, "tags.cost-center": "cc" } },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
