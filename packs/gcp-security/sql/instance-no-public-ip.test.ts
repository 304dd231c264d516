import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./instance-no-public-ip";

function instance(settings: { ipConfiguration?: { ipv4Enabled?: boolean; privateNetwork?: string } } | undefined) {
    return mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "POSTGRES_15", ...(settings ? { settings: { tier: "db-f1-micro", ...settings } } : {}) }, { name: "db" });
}

export const cases: RuleCase[] = [
    { name: "ipv4Enabled true", resources: instance({ ipConfiguration: { ipv4Enabled: true } }), expect: { violations: [{ messageId: "publicIp", data: { name: "db" }, propertyPath: "settings.ipConfiguration.ipv4Enabled" }] } },
    { name: "ipv4Enabled left out", resources: instance({ ipConfiguration: { privateNetwork: "projects/p/global/networks/vpc" } }), expect: { violations: [{ messageId: "publicIpByDefault", propertyPath: "settings.ipConfiguration.ipv4Enabled" }] } },
    { name: "no ipConfiguration", resources: instance({}), expect: { violations: [{ messageId: "publicIpByDefault", propertyPath: "settings.ipConfiguration" }] } },
    { name: "no settings", resources: instance(undefined), expect: { violations: [{ messageId: "publicIpByDefault", propertyPath: "settings.ipConfiguration" }] } },
    { name: "private only", resources: instance({ ipConfiguration: { ipv4Enabled: false, privateNetwork: "projects/p/global/networks/vpc" } }), expect: "pass" },
    {
        name: "a read replica with a public IP is judged too",
        resources: mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "POSTGRES_15", masterInstanceName: "db", settings: { tier: "db-f1-micro", ipConfiguration: { ipv4Enabled: true } } }),
        expect: { violations: ["settings.ipConfiguration.ipv4Enabled"] },
    },
    {
        name: "a wrong-typed value is not false",
        resources: mockResource.untyped("gcp:sql/databaseInstance:DatabaseInstance", { settings: { ipConfiguration: { ipv4Enabled: "false" } } }),
        expect: { violations: [{ messageId: "publicIpByDefault" }] },
    },
    { name: "ipv4Enabled unknown during preview", resources: mockResource("gcp:sql/databaseInstance:DatabaseInstance", { settings: { tier: "db-f1-micro", ipConfiguration: { ipv4Enabled: unknown("boolean") } } }), expect: "skipped" },
    { name: "settings unknown during preview", resources: mockResource("gcp:sql/databaseInstance:DatabaseInstance", { settings: unknown("object") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
