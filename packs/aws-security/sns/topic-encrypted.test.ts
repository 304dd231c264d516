import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./topic-encrypted";

const topic = (props: MockProps<"aws:sns/topic:Topic">) => mockResource("aws:sns/topic:Topic", props, { name: "alerts" });

export const cases: RuleCase[] = [
    { name: "no key", resources: topic({}), expect: { violations: [{ propertyPath: "kmsMasterKeyId", messageIncludes: "`alerts`" }] } },
    { name: "empty key", resources: topic({ kmsMasterKeyId: "" }), expect: { violations: ["kmsMasterKeyId"] } },
    { name: "customer managed key", resources: topic({ kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234" }), expect: "pass" },
    { name: "AWS managed key alias", resources: topic({ kmsMasterKeyId: "alias/aws/sns" }), expect: "pass" },
    { name: "key unknown during preview", resources: topic({ kmsMasterKeyId: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
