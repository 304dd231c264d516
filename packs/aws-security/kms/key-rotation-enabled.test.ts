import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./key-rotation-enabled";

const key = (props: MockProps<"aws:kms/key:Key">) => mockResource("aws:kms/key:Key", props, { name: "data-key" });

export const cases: RuleCase[] = [
    { name: "rotation not set", resources: key({}), expect: { violations: [{ propertyPath: "enableKeyRotation", messageIncludes: "`data-key`" }] } },
    { name: "rotation off", resources: key({ enableKeyRotation: false }), expect: { violations: ["enableKeyRotation"] } },
    { name: "rotation on", resources: key({ enableKeyRotation: true }), expect: "pass" },
    { name: "explicit symmetric key without rotation", resources: key({ customerMasterKeySpec: "SYMMETRIC_DEFAULT" }), expect: { violations: ["enableKeyRotation"] } },
    { name: "asymmetric signing key: not applicable", resources: key({ customerMasterKeySpec: "RSA_3072", keyUsage: "SIGN_VERIFY" }), expect: "pass" },
    { name: "HMAC key: not applicable", resources: key({ customerMasterKeySpec: "HMAC_256", keyUsage: "GENERATE_VERIFY_MAC" }), expect: "pass" },
    { name: "key in a custom key store: not applicable", resources: key({ customKeyStoreId: "cks-1234" }), expect: "pass" },
    { name: "rotation unknown during preview", resources: key({ enableKeyRotation: unknown("boolean") }), expect: "skipped" },
    { name: "key spec unknown during preview", resources: key({ customerMasterKeySpec: unknown() }), expect: "skipped" },
    { name: "remediation turns rotation on", resources: key({ enableKeyRotation: false, description: "data" }), expect: { remediated: { enableKeyRotation: true, description: "data" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
