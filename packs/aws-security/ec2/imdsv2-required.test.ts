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
    {
        name: "an instance without its own setting inherits the launch template's (judged on the template)",
        resources: mockResource("aws:ec2/instance:Instance", { instanceType: "t3.micro", launchTemplate: { id: "lt-0a1b2c", version: "$Latest" } }, { name: "app" }),
        expect: "pass",
    },
    {
        name: "a launch template named by name counts too",
        resources: mockResource("aws:ec2/instance:Instance", { instanceType: "t3.micro", launchTemplate: { name: "workers" }, metadataOptions: { httpPutResponseHopLimit: 1 } }, { name: "app" }),
        expect: "pass",
    },
    {
        name: "the instance's own setting overrides its launch template",
        resources: mockResource("aws:ec2/instance:Instance", { instanceType: "t3.micro", launchTemplate: { id: "lt-1" }, metadataOptions: { httpTokens: "optional" } }, { name: "app" }),
        expect: { violations: [{ messageId: "tokensOptional", data: { kind: "Instance", name: "app", httpTokens: "optional" } }] },
    },
    {
        name: "launch template without metadata options",
        resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", { imageId: "ami-123" }, { name: "workers" }),
        expect: { violations: [{ messageId: "tokensUnset", data: { kind: "Launch template", name: "workers" }, propertyPath: "metadataOptions.httpTokens" }] },
    },
    { name: "launch template requiring tokens", resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", { metadataOptions: { httpTokens: "required" } }), expect: "pass" },
    {
        name: "launch configuration accepting IMDSv1",
        resources: mockResource("aws:ec2/launchConfiguration:LaunchConfiguration", { imageId: "ami-123", instanceType: "t3.micro", metadataOptions: { httpTokens: "optional" } }, { name: "legacy" }),
        expect: { violations: [{ messageId: "tokensOptional", data: { kind: "Launch configuration", name: "legacy", httpTokens: "optional" }, propertyPath: "metadataOptions.httpTokens" }] },
    },
    {
        name: "launch configuration without metadata options",
        resources: mockResource("aws:ec2/launchConfiguration:LaunchConfiguration", { imageId: "ami-123", instanceType: "t3.micro" }, { name: "legacy" }),
        expect: { violations: [{ messageId: "tokensUnset", data: { kind: "Launch configuration", name: "legacy" } }] },
    },
    {
        name: "launch configuration requiring tokens",
        resources: mockResource("aws:ec2/launchConfiguration:LaunchConfiguration", { imageId: "ami-123", instanceType: "t3.micro", metadataOptions: { httpEndpoint: "enabled", httpTokens: "required" } }),
        expect: "pass",
    },
    {
        name: "launch configuration with the endpoint disabled",
        resources: mockResource("aws:ec2/launchConfiguration:LaunchConfiguration", { imageId: "ami-123", instanceType: "t3.micro", metadataOptions: { httpEndpoint: "disabled" } }),
        expect: "pass",
    },
    {
        name: "launch configuration remediated",
        resources: mockResource("aws:ec2/launchConfiguration:LaunchConfiguration", { imageId: "ami-123", instanceType: "t3.micro" }),
        expect: { remediated: { "metadataOptions.httpTokens": "required" } },
    },
    {
        name: "an account default requiring tokens covers an instance that sets nothing",
        resources: instance(undefined),
        options: { config: { "ec2-imdsv2-required": { accountDefaultRequiresTokens: true } } },
        expect: "pass",
    },
    {
        name: "an account default does not cover an explicit optional",
        resources: instance({ httpTokens: "optional" }),
        options: { config: { "ec2-imdsv2-required": { accountDefaultRequiresTokens: true } } },
        expect: { violations: ["metadataOptions.httpTokens"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
