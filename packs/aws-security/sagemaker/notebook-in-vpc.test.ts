import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./notebook-in-vpc";

const notebook = (props: MockProps<"aws:sagemaker/notebookInstance:NotebookInstance">) =>
    mockResource("aws:sagemaker/notebookInstance:NotebookInstance", { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::123456789012:role/sm", ...props }, { name: "lab" });

export const cases: RuleCase[] = [
    { name: "no subnet", resources: notebook({}), expect: { violations: [{ messageId: "noSubnet", data: { name: "lab" }, propertyPath: "subnetId" }] } },
    { name: "empty subnet", resources: notebook({ subnetId: " " }), expect: { violations: [{ messageId: "noSubnet", propertyPath: "subnetId" }] } },
    { name: "in a subnet", resources: notebook({ subnetId: "subnet-1", securityGroups: ["sg-1"] }), expect: "pass" },
    { name: "unknown during preview", resources: notebook({ subnetId: unknown("string") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
