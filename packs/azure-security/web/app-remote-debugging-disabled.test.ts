import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./app-remote-debugging-disabled";

type SiteConfig = MockProps<"azure-native:web:WebApp">["siteConfig"];
const app = (siteConfig?: SiteConfig) => mockResource("azure-native:web:WebApp", { resourceGroupName: "rg", siteConfig }, { name: "site" });

export const cases: RuleCase[] = [
    { name: "remote debugging on", resources: app({ remoteDebuggingEnabled: true }), expect: { violations: [{ propertyPath: "siteConfig.remoteDebuggingEnabled", messageIncludes: "App `site`" }] } },
    { name: "remote debugging off", resources: app({ remoteDebuggingEnabled: false }), expect: "pass" },
    { name: "no site config: off by default", resources: app(), expect: "pass" },
    { name: "site config without the setting", resources: app({ alwaysOn: true }), expect: "pass" },
    {
        name: "a slot with remote debugging on",
        resources: mockResource("azure-native:web:WebAppSlot", { resourceGroupName: "rg", name: "site", siteConfig: { remoteDebuggingEnabled: true } }, { name: "staging" }),
        expect: { violations: [{ propertyPath: "siteConfig.remoteDebuggingEnabled", messageIncludes: "Deployment slot `staging`" }] },
    },
    {
        name: "remediation switches it off and keeps the rest",
        resources: app({ remoteDebuggingEnabled: true, alwaysOn: true }),
        expect: { remediated: { "siteConfig.remoteDebuggingEnabled": false, "siteConfig.alwaysOn": true } },
    },
    { name: "unknown during preview", resources: app({ remoteDebuggingEnabled: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
