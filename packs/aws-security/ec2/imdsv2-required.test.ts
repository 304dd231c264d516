import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./imdsv2-required";

const instance = (metadataOptions: MockProps<"aws:ec2/instance:Instance">["metadataOptions"]) =>
    mockResource("aws:ec2/instance:Instance", { ami: "ami-123", instanceType: "t3.micro", metadataOptions }, { name: "app" });

export const cases: RuleCase[] = [
    {
        name: "no metadata options",
        resources: instance(undefined),
        expect: { violations: [{ messageId: "tokensUnset", data: { kind: "Instance", name: "app" }, propertyPath: "metadataOptions.httpTokens" }] },
    },
    {
        name: "tokens optional",
        resources: instance({ httpTokens: "optional" }),
        expect: {
            violations: [{ messageId: "tokensOptional", data: { kind: "Instance", name: "app", httpTokens: "optional" }, propertyPath: "metadataOptions.httpTokens" }],
        },
    },
    { name: "tokens required", resources: instance({ httpTokens: "required" }), expect: "pass" },
    { name: "metadata endpoint disabled", resources: instance({ httpEndpoint: "disabled" }), expect: "pass" },
    { name: "tokens unknown during preview", resources: instance({ httpTokens: unknown() }), expect: "skipped" },
    {
        name: "launch template without IMDSv2",
        resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", { metadataOptions: { httpTokens: "optional" } }),
        expect: { violations: [{ messageId: "tokensOptional", data: { kind: "Launch template", name: "launchTemplate", httpTokens: "optional" } }] },
    },
    { name: "remediation adds metadata options", resources: instance(undefined), expect: { remediated: { "metadataOptions.httpTokens": "required" } } },
    {
        name: "remediation keeps other metadata settings",
        resources: instance({ httpTokens: "optional", httpPutResponseHopLimit: 2 }),
        expect: { remediated: { "metadataOptions.httpTokens": "required", "metadataOptions.httpPutResponseHopLimit": 2 } },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
