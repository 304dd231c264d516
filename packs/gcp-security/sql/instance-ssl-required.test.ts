import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./instance-ssl-required";

function instance(sslMode?: string) {
    return mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "POSTGRES_15", settings: { tier: "db-f1-micro", ipConfiguration: { ipv4Enabled: false, sslMode } } }, { name: "db" });
}
const legacy = (ipConfiguration: Record<string, unknown>) =>
    mockResource.untyped("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "POSTGRES_15", settings: { tier: "db-f1-micro", ipConfiguration } }, { name: "db" });

export const cases: RuleCase[] = [
    {
        name: "unencrypted allowed",
        resources: instance("ALLOW_UNENCRYPTED_AND_ENCRYPTED"),
        expect: { violations: [{ messageId: "unencryptedAllowed", data: { name: "db", mode: '"ALLOW_UNENCRYPTED_AND_ENCRYPTED"' }, propertyPath: "settings.ipConfiguration.sslMode" }] },
    },
    { name: "sslMode left out", resources: instance(undefined), expect: { violations: [{ messageId: "sslModeUnset", data: { name: "db" }, propertyPath: "settings.ipConfiguration.sslMode" }] } },
    { name: "no settings", resources: mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "MYSQL_8_0" }), expect: { violations: [{ messageId: "sslModeUnset" }] } },
    { name: "encrypted only", resources: instance("ENCRYPTED_ONLY"), expect: "pass" },
    { name: "client certificates required", resources: instance("TRUSTED_CLIENT_CERTIFICATE_REQUIRED"), expect: "pass" },
    { name: "a mode in lower case", resources: instance("encrypted_only"), expect: "pass" },
    { name: "free text is not echoed", resources: instance("please encrypt"), expect: { violations: [{ messageId: "unencryptedAllowed", data: { name: "db", mode: "not a mode that requires encryption" } }] } },
    { name: "legacy requireSsl true without sslMode", resources: legacy({ requireSsl: true }), expect: "pass" },
    { name: "legacy requireSsl false", resources: legacy({ requireSsl: false }), expect: { violations: [{ messageId: "sslModeUnset" }] } },
    { name: "sslMode decides over a legacy requireSsl", resources: legacy({ requireSsl: true, sslMode: "ALLOW_UNENCRYPTED_AND_ENCRYPTED" }), expect: { violations: [{ messageId: "unencryptedAllowed" }] } },
    { name: "a wrong-typed sslMode", resources: legacy({ sslMode: true }), expect: { violations: [{ messageId: "unencryptedAllowed" }] } },
    { name: "sslMode unknown during preview", resources: instance(unknown()), expect: "skipped" },
    { name: "requireSsl unknown without sslMode", resources: legacy({ requireSsl: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
