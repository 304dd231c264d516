import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./app-ftp-disabled";

type SiteConfig = MockProps<"azure-native:web:WebApp">["siteConfig"];
const app = (siteConfig?: SiteConfig) => mockResource("azure-native:web:WebApp", { resourceGroupName: "rg", siteConfig }, { name: "site" });
const PATH = "siteConfig.ftpsState";

export const cases: RuleCase[] = [
    { name: "no site config: all FTP allowed by default", resources: app(), expect: { violations: [{ messageId: "unset", data: { kind: "App", name: "site" }, propertyPath: PATH }] } },
    { name: "AllAllowed", resources: app({ ftpsState: "AllAllowed" }), expect: { violations: [{ messageId: "allowed", data: { kind: "App", name: "site", value: '"AllAllowed"' }, propertyPath: PATH }] } },
    { name: "Disabled", resources: app({ ftpsState: "Disabled" }), expect: "pass" },
    { name: "FtpsOnly", resources: app({ ftpsState: "FtpsOnly" }), expect: "pass" },
    { name: "case does not matter", resources: app({ ftpsState: "ftpsonly" }), expect: "pass" },
    {
        name: "a slot accepting FTP",
        resources: mockResource("azure-native:web:WebAppSlot", { resourceGroupName: "rg", name: "site", siteConfig: { ftpsState: "AllAllowed" } }, { name: "staging" }),
        expect: { violations: [{ messageId: "allowed", data: { kind: "Deployment slot", name: "staging", value: '"AllAllowed"' } }] },
    },
    { name: "remediation allows FTPS only", resources: app(), expect: { remediated: { "siteConfig.ftpsState": "FtpsOnly" } } },
    { name: "unknown during preview", resources: app({ ftpsState: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
