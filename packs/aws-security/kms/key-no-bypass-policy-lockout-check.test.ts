import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./key-no-bypass-policy-lockout-check";

const POLICY = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" }] });

export const cases: RuleCase[] = [
    {
        name: "key bypasses the check",
        resources: mockResource("aws:kms/key:Key", { description: "d", bypassPolicyLockoutSafetyCheck: true }, { name: "orders" }),
        expect: { violations: [{ messageId: "bypassed", data: { kind: "KMS key", name: "orders" }, propertyPath: "bypassPolicyLockoutSafetyCheck" }] },
    },
    {
        name: "key policy resource bypasses the check",
        resources: mockResource("aws:kms/keyPolicy:KeyPolicy", { keyId: "k", policy: POLICY, bypassPolicyLockoutSafetyCheck: true }, { name: "orders-policy" }),
        expect: { violations: [{ messageId: "bypassed", data: { kind: "KMS key policy", name: "orders-policy" }, propertyPath: "bypassPolicyLockoutSafetyCheck" }] },
    },
    { name: "replica key bypasses the check", resources: mockResource("aws:kms/replicaKey:ReplicaKey", { primaryKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/mrk-1", bypassPolicyLockoutSafetyCheck: true }), expect: { violations: ["bypassPolicyLockoutSafetyCheck"] } },
    { name: "absent: AWS's default keeps the check", resources: mockResource("aws:kms/key:Key", { description: "d" }), expect: "pass" },
    { name: "explicitly false", resources: mockResource("aws:kms/externalKey:ExternalKey", { bypassPolicyLockoutSafetyCheck: false }), expect: "pass" },
    { name: "unknown during preview", resources: mockResource("aws:kms/key:Key", { bypassPolicyLockoutSafetyCheck: unknown("boolean") }), expect: "skipped" },
    { name: "remediation turns it off", resources: mockResource("aws:kms/key:Key", { bypassPolicyLockoutSafetyCheck: true }), expect: { remediated: { bypassPolicyLockoutSafetyCheck: false } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
