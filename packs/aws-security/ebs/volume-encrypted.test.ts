import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./volume-encrypted";

const volume = (props: MockProps<"aws:ebs/volume:Volume">, name = "data") =>
    mockResource("aws:ebs/volume:Volume", { availabilityZone: "eu-west-1a", size: 20, ...props }, { name });
const byDefault = (props: MockProps<"aws:ebs/encryptionByDefault:EncryptionByDefault">, name = "ebs-default") =>
    mockResource("aws:ebs/encryptionByDefault:EncryptionByDefault", props, { name });
const ASSUME = { "ebs-volume-encrypted": { assumeEncryptionByDefault: true } };

export const cases: RuleCase[] = [
    {
        name: "explicitly unencrypted",
        resources: volume({ encrypted: false }),
        expect: { violations: [{ messageId: "notEncrypted", data: { name: "data", state: "encrypted is false" }, propertyPath: "encrypted" }] },
    },
    { name: "encryption not set", resources: volume({}), expect: { violations: [{ propertyPath: "encrypted", messageIncludes: "`data`" }] } },
    { name: "encrypted", resources: volume({ encrypted: true }), expect: "pass" },
    { name: "encrypted with a customer managed key", resources: volume({ encrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/abc" }), expect: "pass" },
    { name: "unknown during preview", resources: volume({ encrypted: unknown("boolean") }), expect: "skipped" },
    { name: "unset is accepted when the account encrypts by default", resources: volume({}), options: { config: ASSUME }, expect: "pass" },
    { name: "explicit false is reported even when the account is assumed to encrypt by default", resources: volume({ encrypted: false }), options: { config: ASSUME }, expect: { violations: ["encrypted"] } },
    { name: "encryption by default in the stack covers an unset volume", resources: [byDefault({ enabled: true }), volume({})], expect: "pass" },
    { name: "encryption by default left at its default (on)", resources: [byDefault({}), volume({})], expect: "pass" },
    { name: "encryption by default covers an explicit false too (AWS encrypts it anyway)", resources: [byDefault({}), volume({ encrypted: false })], expect: "pass" },
    {
        name: "encryption by default switched off in the stack does not cover",
        resources: [byDefault({ enabled: false }), volume({})],
        options: { config: ASSUME },
        expect: { violations: [{ messageId: "notEncrypted", data: { name: "data", state: "encrypted is not set and the stack turns EBS encryption by default off" } }] },
    },
    { name: "encryption by default unknown during preview: not judged", resources: [byDefault({ enabled: unknown("boolean") }), volume({})], expect: "skipped" },
    {
        name: "encryption by default in another region does not cover",
        resources: [byDefault({ enabled: true, region: "us-east-1" }), volume({ region: "eu-west-1" }), volume({ region: "us-east-1" }, "east")],
        expect: { violations: [{ messageId: "notEncrypted", data: { name: "data", state: "encrypted is not set, so the account's default decides" } }] },
    },
    {
        name: "the region comes from the provider when the resource has none",
        resources: [
            byDefault({ enabled: true, region: "eu-west-1" }),
            mockResource("aws:ebs/volume:Volume", { availabilityZone: "eu-west-1a", size: 20 }, {
                name: "data",
                provider: { type: "pulumi:providers:aws", urn: "urn:pulumi:test::guardrails-test::pulumi:providers:aws::eu", name: "eu", props: { region: "eu-west-1" } },
            }),
        ],
        expect: "pass",
    },
    { name: "no volumes, nothing to check", resources: byDefault({ enabled: true }), expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
