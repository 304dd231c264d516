import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./notebook-no-direct-internet-access";

const notebook = (props: MockProps<"aws:sagemaker/notebookInstance:NotebookInstance">) =>
    mockResource("aws:sagemaker/notebookInstance:NotebookInstance", { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::123456789012:role/sm", ...props }, { name: "lab" });

export const cases: RuleCase[] = [
    { name: "default: direct access on", resources: notebook({}), expect: { violations: [{ propertyPath: "directInternetAccess", messageIncludes: 'defaults to "Enabled"' }] } },
    { name: "explicitly enabled", resources: notebook({ directInternetAccess: "Enabled" }), expect: { violations: [{ propertyPath: "directInternetAccess", messageIncludes: '"Enabled"' }] } },
    { name: "disabled, in a VPC", resources: notebook({ directInternetAccess: "Disabled", subnetId: "subnet-1", securityGroups: ["sg-1"] }), expect: "pass" },
    { name: "unknown during preview", resources: notebook({ directInternetAccess: unknown("string") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
