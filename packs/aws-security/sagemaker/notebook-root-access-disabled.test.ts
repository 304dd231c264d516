import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./notebook-root-access-disabled";

const notebook = (props: MockProps<"aws:sagemaker/notebookInstance:NotebookInstance">) =>
    mockResource("aws:sagemaker/notebookInstance:NotebookInstance", { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::123456789012:role/sm", ...props }, { name: "lab" });

export const cases: RuleCase[] = [
    { name: "default: root access on", resources: notebook({}), expect: { violations: [{ propertyPath: "rootAccess", messageIncludes: "defaults to" }] } },
    { name: "explicitly enabled", resources: notebook({ rootAccess: "Enabled" }), expect: { violations: [{ propertyPath: "rootAccess", messageIncludes: '"Enabled"' }] } },
    { name: "disabled", resources: notebook({ rootAccess: "Disabled" }), expect: "pass" },
    { name: "unknown during preview", resources: notebook({ rootAccess: unknown("string") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
