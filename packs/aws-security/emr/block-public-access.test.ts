import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./block-public-access";

const bpa = (props: MockProps<"aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration">) =>
    mockResource("aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration", props, { name: "bpa" });

export const cases: RuleCase[] = [
    { name: "switched off", resources: bpa({ blockPublicSecurityGroupRules: false }), expect: { violations: [{ messageId: "blockOff", data: { name: "bpa", state: "false" }, propertyPath: "blockPublicSecurityGroupRules" }] } },
    {
        name: "an exception beyond SSH",
        resources: bpa({ blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 22, maxRange: 22 }, { minRange: 8080, maxRange: 8090 }] }),
        expect: { violations: [{ messageId: "wideException", data: { name: "bpa", from: "8080", to: "8090", index: "1" }, propertyPath: "permittedPublicSecurityGroupRuleRanges[1]" }] },
    },
    { name: "a range that includes 22", resources: bpa({ blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 20, maxRange: 23 }] }), expect: { violations: [{ messageId: "wideException" }] } },
    { name: "on, SSH only", resources: bpa({ blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 22, maxRange: 22 }] }), expect: "pass" },
    { name: "on, no exceptions", resources: bpa({ blockPublicSecurityGroupRules: true }), expect: "pass" },
    { name: "unknown during preview", resources: bpa({ blockPublicSecurityGroupRules: unknown("boolean") }), expect: "skipped" },
    { name: "exception bound unknown", resources: bpa({ blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: unknown("number"), maxRange: 22 }] }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
