import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./imds-hop-limit";

const template = (metadataOptions: MockProps<"aws:ec2/launchTemplate:LaunchTemplate">["metadataOptions"]) =>
    mockResource("aws:ec2/launchTemplate:LaunchTemplate", { imageId: "ami-123", metadataOptions }, { name: "workers" });

export const cases: RuleCase[] = [
    {
        name: "launch template with hop limit 2",
        resources: template({ httpTokens: "required", httpPutResponseHopLimit: 2 }),
        expect: { violations: [{ messageId: "hopLimitTooHigh", data: { kind: "Launch template", name: "workers", hops: 2, max: 1 }, propertyPath: "metadataOptions.httpPutResponseHopLimit" }] },
    },
    {
        name: "instance with hop limit 64",
        resources: mockResource("aws:ec2/instance:Instance", { ami: "ami-123", instanceType: "t3.micro", metadataOptions: { httpPutResponseHopLimit: 64 } }, { name: "app" }),
        expect: { violations: [{ messageId: "hopLimitTooHigh", data: { kind: "Instance", name: "app", hops: 64, max: 1 } }] },
    },
    {
        name: "launch configuration with hop limit 3",
        resources: mockResource("aws:ec2/launchConfiguration:LaunchConfiguration", { imageId: "ami-123", instanceType: "t3.micro", metadataOptions: { httpPutResponseHopLimit: 3 } }, { name: "legacy" }),
        expect: { violations: [{ messageId: "hopLimitTooHigh", data: { kind: "Launch configuration", name: "legacy", hops: 3, max: 1 } }] },
    },
    {
        name: "account metadata defaults with hop limit 4",
        resources: mockResource("aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults", { httpTokens: "required", httpPutResponseHopLimit: 4 }, { name: "imds" }),
        expect: { violations: [{ messageId: "hopLimitTooHigh", data: { kind: "Instance metadata defaults", name: "imds", hops: 4, max: 1 }, propertyPath: "httpPutResponseHopLimit" }] },
    },
    { name: "account metadata defaults with no preference (-1)", resources: mockResource("aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults", { httpPutResponseHopLimit: -1 }), expect: "pass" },
    { name: "hop limit 1", resources: template({ httpPutResponseHopLimit: 1 }), expect: "pass" },
    { name: "hop limit unset (AWS's default)", resources: template({ httpTokens: "required" }), expect: "pass" },
    { name: "no metadata options", resources: template(undefined), expect: "pass" },
    { name: "metadata endpoint disabled", resources: template({ httpEndpoint: "disabled", httpPutResponseHopLimit: 5 }), expect: "pass" },
    { name: "2 allowed for container hosts", resources: template({ httpPutResponseHopLimit: 2 }), options: { config: { "ec2-imds-hop-limit": { maxHopLimit: 2 } } }, expect: "pass" },
    { name: "hop limit unknown during preview", resources: template({ httpPutResponseHopLimit: unknown("number") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
