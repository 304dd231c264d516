import { checkCase, mockResource, unknown, type RuleCase } from "pulumi-guardrails/testing";
import rule from "./bucket-naming";

const cases: RuleCase[] = [
    { name: "unprefixed name", resources: mockResource("aws:s3/bucket:Bucket", { bucket: "reports" }), expect: { violations: ["bucket"] } },
    { name: "unprefixed prefix", resources: mockResource("aws:s3/bucket:Bucket", { bucketPrefix: "reports-" }), expect: { violations: ["bucketPrefix"] } },
    { name: "prefixed name", resources: mockResource("aws:s3/bucket:Bucket", { bucket: "acme-data-reports" }), expect: "pass" },
    { name: "auto-named", resources: mockResource("aws:s3/bucket:Bucket", {}), expect: "pass" },
    { name: "name computed at deploy time: not judged", resources: mockResource("aws:s3/bucket:Bucket", { bucket: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
