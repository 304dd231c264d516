import { checkCase, mockResource, secret, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./secret-expiration-set";

const dbSecret = (attributes: NonNullable<MockProps<"azure-native:keyvault:Secret">["properties"]>["attributes"]) =>
    mockResource("azure-native:keyvault:Secret", { resourceGroupName: "rg-sec", vaultName: "acme-sec", properties: { value: secret("hunter2"), attributes } }, { name: "db-password" });

export const cases: RuleCase[] = [
    {
        name: "no expiry: the finding is not withheld, since the value is never read",
        resources: dbSecret(undefined),
        expect: { violations: [{ messageId: "noExpiry", data: { name: "db-password", value: "not set" }, propertyPath: "properties.attributes.expires" }] },
    },
    { name: "enabled without an expiry", resources: dbSecret({ enabled: true }), expect: { violations: ["properties.attributes.expires"] } },
    { name: "an expiry", resources: dbSecret({ expires: 1798761600 }), expect: "pass" },
    { name: "a disabled secret cannot be used", resources: dbSecret({ enabled: false }), expect: "pass" },
    { name: "zero is no date", resources: dbSecret({ expires: 0 }), expect: { violations: [{ messageId: "noExpiry", data: { name: "db-password", value: "not a time in seconds" } }] } },
    { name: "expiry unknown during preview", resources: dbSecret({ expires: unknown("number") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
