import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./notebook-kms-encryption";

const notebook = (props: MockProps<"aws:sagemaker/notebookInstance:NotebookInstance">) =>
    mockResource("aws:sagemaker/notebookInstance:NotebookInstance", { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::123456789012:role/sm", ...props }, { name: "lab" });

export const cases: RuleCase[] = [
    { name: "no key", resources: notebook({}), expect: { violations: [{ messageId: "noKey", data: { name: "lab" }, propertyPath: "kmsKeyId" }] } },
    { name: "empty key", resources: notebook({ kmsKeyId: "" }), expect: { violations: [{ messageId: "noKey", propertyPath: "kmsKeyId" }] } },
    { name: "customer-managed key", resources: notebook({ kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/abcd" }), expect: "pass" },
    { name: "unknown during preview", resources: notebook({ kmsKeyId: unknown("string") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
