import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./app-minimum-tls-1-2";

type SiteConfig = MockProps<"azure-native:web:WebApp">["siteConfig"];
const app = (siteConfig?: SiteConfig) => mockResource("azure-native:web:WebApp", { resourceGroupName: "rg", siteConfig }, { name: "site" });

export const cases: RuleCase[] = [
    {
        name: "TLS 1.0 on the app",
        resources: app({ minTlsVersion: "1.0" }),
        expect: { violations: [{ messageId: "oldTls", data: { kind: "App", name: "site", setting: "minTlsVersion", value: '"1.0"' }, propertyPath: "siteConfig.minTlsVersion" }] },
    },
    {
        name: "TLS 1.1 on the SCM endpoint",
        resources: app({ minTlsVersion: "1.2", scmMinTlsVersion: "1.1" }),
        expect: { violations: [{ messageId: "oldTls", data: { kind: "App", name: "site", setting: "scmMinTlsVersion", value: '"1.1"' }, propertyPath: "siteConfig.scmMinTlsVersion" }] },
    },
    { name: "both old", resources: app({ minTlsVersion: "1.0", scmMinTlsVersion: "1.0" }), expect: { violations: ["siteConfig.minTlsVersion", "siteConfig.scmMinTlsVersion"] } },
    { name: "TLS 1.2", resources: app({ minTlsVersion: "1.2", scmMinTlsVersion: "1.2" }), expect: "pass" },
    { name: "TLS 1.3", resources: app({ minTlsVersion: "1.3" }), expect: "pass" },
    { name: "not set: defaults to 1.2", resources: app(), expect: "pass" },
    {
        name: "not a version",
        resources: app({ minTlsVersion: "TLS1_0" }),
        expect: { violations: [{ messageId: "oldTls", data: { kind: "App", name: "site", setting: "minTlsVersion", value: '"TLS1_0"' } }] },
    },
    {
        name: "a slot accepting TLS 1.0",
        resources: mockResource("azure-native:web:WebAppSlot", { resourceGroupName: "rg", name: "site", siteConfig: { minTlsVersion: "1.0" } }, { name: "staging" }),
        expect: { violations: [{ messageId: "oldTls", data: { kind: "Deployment slot", name: "staging", setting: "minTlsVersion", value: '"1.0"' } }] },
    },
    {
        name: "remediation raises only the old setting",
        resources: app({ minTlsVersion: "1.3", scmMinTlsVersion: "1.0" }),
        expect: { remediated: { "siteConfig.minTlsVersion": "1.3", "siteConfig.scmMinTlsVersion": "1.2" } },
    },
    { name: "unknown during preview", resources: app({ minTlsVersion: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
