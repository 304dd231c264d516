import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./kms-encryption";

const trail = (props: MockProps<"aws:cloudtrail/trail:Trail">) => mockResource("aws:cloudtrail/trail:Trail", { s3BucketName: "trail-logs", ...props }, { name: "audit" });

export const cases: RuleCase[] = [
    { name: "no KMS key", resources: trail({}), expect: { violations: [{ propertyPath: "kmsKeyId", messageIncludes: "`audit`" }] } },
    { name: "empty KMS key", resources: trail({ kmsKeyId: "" }), expect: { violations: ["kmsKeyId"] } },
    { name: "KMS key set", resources: trail({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd" }), expect: "pass" },
    { name: "key unknown during preview", resources: trail({ kmsKeyId: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
