import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./volume-encrypted";

const volume = (props: MockProps<"aws:ebs/volume:Volume">) =>
    mockResource("aws:ebs/volume:Volume", { availabilityZone: "eu-west-1a", size: 20, ...props }, { name: "data" });

export const cases: RuleCase[] = [
    { name: "explicitly unencrypted", resources: volume({ encrypted: false }), expect: { violations: [{ propertyPath: "encrypted", messageIncludes: "encrypted is false" }] } },
    { name: "encryption not set", resources: volume({}), expect: { violations: [{ propertyPath: "encrypted", messageIncludes: "`data`" }] } },
    { name: "encrypted", resources: volume({ encrypted: true }), expect: "pass" },
    { name: "encrypted with a customer managed key", resources: volume({ encrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/abc" }), expect: "pass" },
    { name: "unknown during preview", resources: volume({ encrypted: unknown("boolean") }), expect: "skipped" },
    {
        name: "unset is accepted when the account encrypts by default",
        resources: volume({}),
        options: { config: { "ebs-volume-encrypted": { assumeEncryptionByDefault: true } } },
        expect: "pass",
    },
    {
        name: "explicit false is reported even when the account encrypts by default",
        resources: volume({ encrypted: false }),
        options: { config: { "ebs-volume-encrypted": { assumeEncryptionByDefault: true } } },
        expect: { violations: ["encrypted"] },
    },
    { name: "remediation turns encryption on", resources: volume({ encrypted: false }), expect: { remediated: { encrypted: true } } },
    { name: "remediation keeps the key", resources: volume({ kmsKeyId: "alias/ebs" }), expect: { remediated: { encrypted: true, kmsKeyId: "alias/ebs" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
