import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./stage-cache-encrypted";

const methodSettings = (settings: MockProps<"aws:apigateway/methodSettings:MethodSettings">["settings"]) =>
    mockResource("aws:apigateway/methodSettings:MethodSettings", { restApi: "api-1", stageName: "prod", methodPath: "*/*", settings }, { name: "all" });

export const cases: RuleCase[] = [
    {
        name: "caching without encryption",
        resources: methodSettings({ cachingEnabled: true }),
        expect: { violations: [{ messageId: "unencrypted", data: { name: "all", state: "is not set (it defaults to false)" }, propertyPath: "settings.cacheDataEncrypted" }] },
    },
    { name: "caching with encryption off", resources: methodSettings({ cachingEnabled: true, cacheDataEncrypted: false }), expect: { violations: [{ messageId: "unencrypted", data: { name: "all", state: "is not true" } }] } },
    { name: "encrypted cache", resources: methodSettings({ cachingEnabled: true, cacheDataEncrypted: true }), expect: "pass" },
    { name: "no caching, nothing to encrypt", resources: methodSettings({ loggingLevel: "INFO", cacheDataEncrypted: false }), expect: "pass" },
    { name: "caching unknown during preview", resources: methodSettings({ cachingEnabled: unknown("boolean") }), expect: "skipped" },
    { name: "encryption unknown during preview", resources: methodSettings({ cachingEnabled: true, cacheDataEncrypted: unknown("boolean") }), expect: "skipped" },
    { name: "remediation", resources: methodSettings({ cachingEnabled: true }), expect: { remediated: { "settings.cacheDataEncrypted": true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
