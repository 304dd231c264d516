import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./kms-encryption";

const trail = (props: Record<string, unknown>) => mockResource("aws:cloudtrail/trail:Trail", { s3BucketName: "trail-logs", ...props } as never, { name: "audit" });

const cases: RuleCase[] = [
    { name: "no KMS key", resources: trail({}), expect: { violations: [{ propertyPath: "kmsKeyId", messageIncludes: "`audit`" }] } },
    { name: "empty KMS key", resources: trail({ kmsKeyId: "" }), expect: { violations: ["kmsKeyId"] } },
    { name: "KMS key set", resources: trail({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd" }), expect: "pass" },
    { name: "key unknown during preview", resources: trail({ kmsKeyId: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
