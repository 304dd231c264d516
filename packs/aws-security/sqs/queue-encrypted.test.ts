import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./queue-encrypted";

const queue = (props: MockProps<"aws:sqs/queue:Queue">) => mockResource("aws:sqs/queue:Queue", props, { name: "jobs" });

export const cases: RuleCase[] = [
    {
        name: "SSE-SQS turned off without a KMS key",
        resources: queue({ sqsManagedSseEnabled: false }),
        expect: { violations: [{ propertyPath: "sqsManagedSseEnabled", messageIncludes: "unencrypted" }] },
    },
    {
        name: "nothing set: relies on the AWS default",
        resources: queue({}),
        expect: { violations: [{ propertyPath: "sqsManagedSseEnabled", messageIncludes: "AWS default" }] },
    },
    { name: "nothing set, default accepted by config", resources: queue({}), options: { config: { "sqs-queue-encrypted": { requireExplicitSetting: false } } }, expect: "pass" },
    {
        name: "explicit off is reported even when defaults are accepted",
        resources: queue({ sqsManagedSseEnabled: false }),
        options: { config: { "sqs-queue-encrypted": { requireExplicitSetting: false } } },
        expect: { violations: ["sqsManagedSseEnabled"] },
    },
    { name: "SSE-SQS on", resources: queue({ sqsManagedSseEnabled: true }), expect: "pass" },
    { name: "SSE-KMS", resources: queue({ kmsMasterKeyId: "alias/aws/sqs" }), expect: "pass" },
    { name: "SSE flag unknown during preview", resources: queue({ sqsManagedSseEnabled: unknown("boolean") }), expect: "skipped" },
    { name: "remediation turns SSE-SQS on", resources: queue({}), expect: { remediated: { sqsManagedSseEnabled: true } } },
    {
        name: "remediation replaces an explicit off and drops an empty key",
        resources: queue({ sqsManagedSseEnabled: false, kmsMasterKeyId: "", delaySeconds: 5 }),
        expect: { remediated: { sqsManagedSseEnabled: true, kmsMasterKeyId: undefined, delaySeconds: 5 } },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
