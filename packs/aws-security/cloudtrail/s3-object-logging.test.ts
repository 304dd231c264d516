import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./s3-object-logging";

type Props = MockProps<"aws:cloudtrail/trail:Trail">;
const trail = (props: Props, name = "audit") => mockResource("aws:cloudtrail/trail:Trail", { s3BucketName: "trail-logs", ...props }, { name });
const allObjects = (readWriteType?: string, values = ["arn:aws:s3"]) => ({
    eventSelectors: [{ readWriteType, includeManagementEvents: true, dataResources: [{ type: "AWS::S3::Object", values }] }],
});
const advanced = (extra: Array<{ field: string; equals?: string[]; startsWiths?: string[] }> = []) => ({
    advancedEventSelectors: [
        {
            name: "s3-data",
            fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::S3::Object"] }, ...extra],
        },
    ],
});
const management = trail({ isMultiRegionTrail: true });

export const cases: RuleCase[] = [
    {
        name: "management events only",
        resources: [management],
        expect: { violations: [{ urn: management.urn, messageId: "missing", data: { name: "audit", events: "write or read events" }, propertyPath: "eventSelectors" }] },
    },
    { name: "basic selector for every bucket (readWriteType defaults to All)", resources: [trail(allObjects())], expect: "pass" },
    { name: "the arn:aws:s3::: form", resources: [trail(allObjects("All", ["arn:aws:s3:::"]))], expect: "pass" },
    { name: "write only", resources: [trail(allObjects("WriteOnly"))], expect: { violations: [{ messageId: "missing", data: { name: "audit", events: "read events" } }] } },
    {
        name: "write only is enough when reads are not required",
        resources: [trail(allObjects("WriteOnly"))],
        options: { config: { "cloudtrail-s3-object-logging": { requireReadEvents: false } } },
        expect: "pass",
    },
    { name: "read only", resources: [trail(allObjects("ReadOnly"))], expect: { violations: [{ messageId: "missing", data: { name: "audit", events: "write events" } }] } },
    { name: "one bucket only does not count", resources: [trail(allObjects("All", ["arn:aws:s3:::acme-data/"]))], expect: { violations: ["eventSelectors"] } },
    { name: "advanced selector for every bucket", resources: [trail(advanced())], expect: "pass" },
    { name: "advanced selector for writes only", resources: [trail(advanced([{ field: "readOnly", equals: ["false"] }]))], expect: { violations: [{ messageId: "missing", data: { name: "audit", events: "read events" } }] } },
    { name: "advanced selector narrowed to one bucket", resources: [trail(advanced([{ field: "resources.ARN", startsWiths: ["arn:aws:s3:::acme-data/"] }]))], expect: { violations: ["eventSelectors"] } },
    { name: "a data-event trail covers the management trail", resources: [management, trail(allObjects(), "data-events")], expect: "pass" },
    { name: "selectors unknown during preview", resources: [trail({ eventSelectors: unknown("array") })], expect: "skipped" },
    { name: "no trails", resources: [mockResource("aws:s3/bucket:Bucket", { bucket: "b" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
