import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./required-labels";
import { LABELABLE_GCP_TYPES } from "../gcp-labelable-types.generated";

const PROVIDER_URN = "urn:pulumi:test::guardrails-test::pulumi:providers:gcp::default";
const gcpProvider = (defaultLabels: unknown) => ({ type: "pulumi:providers:gcp", urn: PROVIDER_URN, name: "default", props: { defaultLabels } });
const bucket = (labels: unknown, provider?: ReturnType<typeof gcpProvider>) =>
    mockResource.untyped("gcp:storage/bucket:Bucket", { name: "assets", location: "EU", labels }, { name: "assets", provider });
const ALL = { owner: "web", environment: "prod", "cost-center": "cc-1" };

export const cases: RuleCase[] = [
    { name: "every required label", resources: bucket(ALL), expect: "pass" },
    {
        name: "no labels",
        resources: bucket(undefined),
        expect: { violations: [{ propertyPath: "labels.owner", messageIncludes: "neither its labels nor its provider" }, "labels.environment", "labels.cost-center"] },
    },
    { name: "the provider's default labels fill in", resources: bucket({ owner: "web" }, gcpProvider({ environment: "prod", "cost-center": "cc-1" })), expect: "pass" },
    {
        name: "an empty default label is reported as such",
        resources: bucket({ owner: "web", environment: "prod" }, gcpProvider({ "cost-center": "" })),
        expect: { violations: [{ propertyPath: "labels.cost-center", messageIncludes: "default labels give an empty value" }] },
    },
    { name: "label keys are case-sensitive in Google Cloud: Owner is not owner", resources: bucket({ ...ALL, owner: undefined, Owner: "web" }), expect: { violations: ["labels.owner"] } },
    {
        name: "a value outside the allowed ones",
        resources: bucket({ ...ALL, environment: "qa" }),
        options: { config: { "tagging-gcp-required-labels": { allowedValues: { environment: ["dev", "prod"] } } } },
        expect: { violations: ["labels.environment"] },
    },
    { name: "the labels unknown during preview: not judged", resources: bucket(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("a required label key Google Cloud would refuse is refused in config", async () => {
    await expect(checkCase(rule, { name: "bad", resources: bucket(ALL), options: { config: { "tagging-gcp-required-labels": { requiredLabels: ["Owner"] } } }, expect: "pass" })).rejects.toThrow(/requiredLabels\[0\] must match/);
});

test("the generated list holds labelable Google Cloud types", () => {
    expect(LABELABLE_GCP_TYPES).toContain("gcp:storage/bucket:Bucket");
    expect(LABELABLE_GCP_TYPES).toContain("gcp:compute/instance:Instance");
    expect(LABELABLE_GCP_TYPES).not.toContain("gcp:storage/bucketObject:BucketObject");
});
