import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./instance-type-allowed";

const DEV_ONLY_SMALL = { "cost-ec2-instance-type-allowed": { allowedInstanceTypes: { test: ["t3.*", "t4g.*", "m6i.large"], prod: [] } } };
const instance = (instanceType: MockProps<"aws:ec2/instance:Instance">["instanceType"], stack = "test") =>
    mockResource("aws:ec2/instance:Instance", { ami: "ami-1", instanceType }, { name: "web", stack });

export const cases: RuleCase[] = [
    {
        name: "an instance type outside the allow-list",
        resources: instance("m5.4xlarge"),
        options: { config: DEV_ONLY_SMALL },
        expect: { violations: [{ propertyPath: "instanceType", messageIncludes: '"m5.4xlarge", which is not allowed in the "test" environment' }] },
    },
    { name: "a family glob", resources: instance("t3.large"), options: { config: DEV_ONLY_SMALL }, expect: "pass" },
    { name: "an exact size", resources: instance("m6i.large"), options: { config: DEV_ONLY_SMALL }, expect: "pass" },
    { name: "exact size only: the next size up is not allowed", resources: instance("m6i.xlarge"), options: { config: DEV_ONLY_SMALL }, expect: { violations: ["instanceType"] } },
    { name: "an empty list allows everything", resources: instance("p4d.24xlarge", "prod"), options: { config: DEV_ONLY_SMALL }, expect: "not-judged" },
    { name: "no allow-list configured (the default)", resources: instance("x2iedn.32xlarge"), expect: "not-judged" },
    {
        name: "an environment without an entry falls back to *",
        resources: instance("m5.large", "staging"),
        options: { config: { "cost-ec2-instance-type-allowed": { allowedInstanceTypes: { "*": ["t3.*"] } } } },
        expect: { violations: ["instanceType"] },
    },
    {
        name: "glob environment keys",
        resources: instance("m5.large", "acme-dev"),
        options: { config: { "cost-ec2-instance-type-allowed": { allowedInstanceTypes: { "*-dev": ["t3.*"], "*": [] } } } },
        expect: { violations: ["instanceType"] },
    },
    {
        name: "the environment comes from the configuration when set",
        resources: instance("m5.large", "whatever"),
        options: { config: { "cost-ec2-instance-type-allowed": { environment: "dev", allowedInstanceTypes: { dev: ["t3.*"] } } } },
        expect: { violations: [{ messageIncludes: '"dev" environment' }] },
    },
    {
        name: "or from the stack tag environment",
        resources: instance("m5.large", "whatever"),
        options: { stackTags: new Map([["environment", "dev"]]), config: { "cost-ec2-instance-type-allowed": { allowedInstanceTypes: { dev: ["t3.*"] } } } },
        expect: { violations: ["instanceType"] },
    },
    {
        name: "launch template instance type",
        resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", { instanceType: "c5.9xlarge" }),
        options: { config: DEV_ONLY_SMALL },
        expect: { violations: ["instanceType"] },
    },
    { name: "launch template without an instance type", resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", {}), options: { config: DEV_ONLY_SMALL }, expect: "pass" },
    {
        name: "autoscaling group mixed instances overrides",
        resources: mockResource("aws:autoscaling/group:Group", {
            maxSize: 2, minSize: 1,
            mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateId: "lt-1" }, overrides: [{ instanceType: "t3.large" }, { instanceType: "r5.2xlarge" }] } },
        }),
        options: { config: DEV_ONLY_SMALL },
        expect: { violations: ["mixedInstancesPolicy.launchTemplate.overrides[1].instanceType"] },
    },
    {
        name: "autoscaling group using instance requirements is skipped",
        resources: mockResource("aws:autoscaling/group:Group", {
            maxSize: 2, minSize: 1,
            mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateId: "lt-1" }, overrides: [{ instanceRequirements: { vcpuCount: { min: 2 } } }] } },
        }),
        options: { config: DEV_ONLY_SMALL },
        expect: "pass",
    },
    {
        name: "EKS node group instance types",
        resources: mockResource("aws:eks/nodeGroup:NodeGroup", { instanceTypes: ["t3.large", "m5.2xlarge"] }),
        options: { config: DEV_ONLY_SMALL },
        expect: { violations: ["instanceTypes[1]"] },
    },
    {
        name: "EKS node group default type (t3.medium) is judged too",
        resources: mockResource("aws:eks/nodeGroup:NodeGroup", {}),
        options: { config: { "cost-ec2-instance-type-allowed": { allowedInstanceTypes: { test: ["t4g.*"] } } } },
        expect: { violations: [{ propertyPath: "instanceTypes", messageIncludes: '"t3.medium"' }] },
    },
    {
        name: "EKS node group with a launch template and no types is not judged",
        resources: mockResource("aws:eks/nodeGroup:NodeGroup", { launchTemplate: { id: "lt-1", version: "1" } }),
        options: { config: DEV_ONLY_SMALL },
        expect: "pass",
    },
    { name: "instance type unknown during preview", resources: instance(unknown()), options: { config: DEV_ONLY_SMALL }, expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
