import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./encryption-by-default-enabled";

const ebd = (props: MockProps<"aws:ebs/encryptionByDefault:EncryptionByDefault">) => mockResource("aws:ebs/encryptionByDefault:EncryptionByDefault", props, { name: "ebs-default" });

export const cases: RuleCase[] = [
    { name: "switched off", resources: ebd({ enabled: false }), expect: { violations: [{ propertyPath: "enabled", messageIncludes: "`ebs-default`" }] } },
    { name: "switched on", resources: ebd({ enabled: true }), expect: "pass" },
    { name: "left at its default (on)", resources: ebd({}), expect: "pass" },
    { name: "unknown during preview", resources: ebd({ enabled: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
