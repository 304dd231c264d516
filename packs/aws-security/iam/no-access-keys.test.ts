import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./no-access-keys";

const accessKey = (props: MockProps<"aws:iam/accessKey:AccessKey">) => mockResource("aws:iam/accessKey:AccessKey", { user: "deployer", ...props }, { name: "deployer-key" });

export const cases: RuleCase[] = [
    { name: "active key (default status)", resources: accessKey({}), expect: { violations: [{ propertyPath: "user", messageIncludes: "`deployer-key`" }] } },
    { name: "explicitly active key with a PGP key", resources: accessKey({ status: "Active", pgpKey: "keybase:deployer" }), expect: { violations: ["user"] } },
    { name: "inactive key", resources: accessKey({ status: "Inactive" }), expect: "pass" },
    { name: "status unknown during preview", resources: accessKey({ status: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
