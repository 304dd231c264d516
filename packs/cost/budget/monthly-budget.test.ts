import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import { PRICES_AS_OF } from "../prices.generated";
import rule from "./monthly-budget";

const budget = (monthlyBudgetUsd: number) => ({ config: { "cost-monthly-budget": { monthlyBudgetUsd } } });
const instance = (name: string, instanceType: MockProps<"aws:ec2/instance:Instance">["instanceType"]) => mockResource("aws:ec2/instance:Instance", { ami: "ami-1", instanceType }, { name });

const stack = [
    instance("web", "m5.large"), // 70.08
    mockResource("aws:rds/instance:Instance", { engine: "postgres", instanceClass: "db.r6g.large", allocatedStorage: 100, multiAz: true }, { name: "db" }), // 351.5
    mockResource("aws:ec2/natGateway:NatGateway", { subnetId: "subnet-1" }, { name: "nat" }), // 32.85
    mockResource("aws:eks/cluster:Cluster", { roleArn: "arn", vpcConfig: {} }, { name: "eks" }), // 73
    mockResource("aws:s3/bucket:Bucket", {}, { name: "free" }),
];

export const cases: RuleCase[] = [
    {
        name: "the message dates the prices",
        resources: stack,
        options: budget(450),
        expect: { violations: [{ messageIncludes: `(AWS us-east-1 on-demand list prices as of ${PRICES_AS_OF}.)` }] },
    },
    {
        name: "over budget: the estimate and the top 3 contributors by name and type",
        resources: stack,
        options: budget(400),
        expect: {
            violations: [
                { messageIncludes: "estimated monthly cost is $527.43, above the budget of $400.00" },
            ],
        },
    },
    {
        name: "top contributors are listed largest first",
        resources: stack,
        options: budget(500),
        expect: { violations: [{ messageIncludes: "`db` (aws:rds/instance:Instance) $351.50, `eks` (aws:eks/cluster:Cluster) $73.00, `web` (aws:ec2/instance:Instance) $70.08." }] },
    },
    { name: "within budget", resources: stack, options: budget(1000), expect: "pass" },
    { name: "no budget configured (the default) reports nothing", resources: stack, expect: "not-judged" },
    {
        name: "unpriced resources are mentioned, not counted as zero",
        resources: [...stack, instance("odd", "z9.mega")],
        options: budget(100),
        expect: { violations: [{ messageIncludes: "1 billable resource could not be priced" }] },
    },
    {
        name: "already over budget even with a value unknown during preview",
        resources: [...stack, instance("later", unknown())],
        options: budget(100),
        expect: { violations: [{ messageIncludes: "could not be priced" }] },
    },
    {
        name: "under budget but a value unknown during preview could tip it: skipped",
        resources: [...stack, instance("later", unknown())],
        options: budget(1000),
        expect: "skipped",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
