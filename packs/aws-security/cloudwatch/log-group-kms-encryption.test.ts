import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./log-group-kms-encryption";

const group = (props: MockProps<"aws:cloudwatch/logGroup:LogGroup">) => mockResource("aws:cloudwatch/logGroup:LogGroup", props, { name: "app-logs" });

export const cases: RuleCase[] = [
    { name: "no KMS key", resources: group({ retentionInDays: 365 }), expect: { violations: [{ propertyPath: "kmsKeyId", messageIncludes: "`app-logs`" }] } },
    { name: "KMS key set", resources: group({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd" }), expect: "pass" },
    { name: "key unknown during preview", resources: group({ kmsKeyId: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
