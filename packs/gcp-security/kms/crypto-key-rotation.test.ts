import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule, { durationSeconds } from "./crypto-key-rotation";
import type {} from "../../../src/types/gcp/kms";

const key = (props: MockProps<"gcp:kms/cryptoKey:CryptoKey">) =>
    mockResource("gcp:kms/cryptoKey:CryptoKey", { keyRing: "projects/p/locations/global/keyRings/app", ...props }, { name: "data" });

export const cases: RuleCase[] = [
    { name: "no rotation period", resources: key({}), expect: { violations: [{ messageId: "noRotation", data: { name: "data" }, propertyPath: "rotationPeriod" }] } },
    { name: "exactly 90 days", resources: key({ rotationPeriod: "7776000s" }), expect: "pass" },
    { name: "a fraction over 90 days", resources: key({ rotationPeriod: "7776000.5s" }), expect: { violations: [{ messageId: "tooLong", data: { name: "data", days: "90", period: "7776000.5s" } }] } },
    { name: "a year", resources: key({ rotationPeriod: "31536000s" }), expect: { violations: [{ messageId: "tooLong", data: { name: "data", days: "365", period: "31536000s" } }] } },
    { name: "a fractional period under 90 days", resources: key({ rotationPeriod: "100000.5s" }), expect: "pass" },
    { name: "30 days for an explicit symmetric key", resources: key({ purpose: "ENCRYPT_DECRYPT", rotationPeriod: "2592000s" }), expect: "pass" },
    { name: "a period in another unit is not a duration KMS takes", resources: key({ rotationPeriod: "90d" }), expect: { violations: [{ messageId: "unreadable", propertyPath: "rotationPeriod" }] } },
    { name: "an asymmetric signing key cannot rotate automatically", resources: key({ purpose: "ASYMMETRIC_SIGN" }), expect: "pass" },
    { name: "rotation period unknown during preview", resources: key({ rotationPeriod: unknown() }), expect: "skipped" },
    { name: "purpose unknown during preview", resources: key({ purpose: unknown(), rotationPeriod: "7776000s" }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("durations in seconds are parsed exactly", () => {
    expect(durationSeconds("7776000s")).toBe(7776000);
    expect(durationSeconds("100000.5s")).toBe(100000.5);
    expect(durationSeconds("86400.000000001s")).toBeCloseTo(86400.000000001, 9);
    expect(durationSeconds("1e7s")).toBeUndefined();
    expect(durationSeconds("-5s")).toBeUndefined();
    expect(durationSeconds("5")).toBeUndefined();
    expect(durationSeconds(5)).toBeUndefined();
});
