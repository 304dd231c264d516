import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./instance-no-public-authorized-networks";

type IpConfiguration = NonNullable<MockProps<"gcp:sql/databaseInstance:DatabaseInstance">["settings"]>["ipConfiguration"];

const instance = (ipConfiguration: IpConfiguration) =>
    mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro", ipConfiguration } }, { name: "db" });

export const cases: RuleCase[] = [
    {
        name: "0.0.0.0/0 authorized",
        resources: instance({ ipv4Enabled: true, authorizedNetworks: [{ name: "office", value: "198.51.100.7/32" }, { name: "all", value: "0.0.0.0/0" }] }),
        expect: { violations: [{ messageId: "publicNetwork", data: { name: "db", cidr: "0.0.0.0/0" }, propertyPath: "settings.ipConfiguration.authorizedNetworks[1].value" }] },
    },
    {
        name: "ipv4Enabled left out defaults to a public IP",
        resources: instance({ authorizedNetworks: [{ value: "0.0.0.0/0" }] }),
        expect: { violations: ["settings.ipConfiguration.authorizedNetworks[0].value"] },
    },
    {
        name: "the two halves of the internet are two violations",
        resources: instance({ authorizedNetworks: [{ value: "0.0.0.0/1" }, { value: "128.0.0.0/1" }] }),
        expect: { violations: ["settings.ipConfiguration.authorizedNetworks[0].value", "settings.ipConfiguration.authorizedNetworks[1].value"] },
    },
    { name: "IPv6 internet", resources: instance({ authorizedNetworks: [{ value: "::/0" }] }), expect: { violations: ["settings.ipConfiguration.authorizedNetworks[0].value"] } },
    { name: "a differently written world range", resources: instance({ authorizedNetworks: [{ value: " 0.0.0.0/0 " }] }), expect: { violations: [{ messageId: "publicNetwork", data: { name: "db", cidr: "0.0.0.0/0" } }] } },
    { name: "narrow ranges only", resources: instance({ ipv4Enabled: true, authorizedNetworks: [{ value: "203.0.113.0/24" }, { value: "198.51.100.7" }] }), expect: "pass" },
    { name: "no authorized networks", resources: instance({ ipv4Enabled: true }), expect: "pass" },
    { name: "no settings", resources: mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "MYSQL_8_0" }), expect: "pass" },
    { name: "no public IP, so the list is unreachable", resources: instance({ ipv4Enabled: false, privateNetwork: "projects/p/global/networks/vpc", authorizedNetworks: [{ value: "0.0.0.0/0" }] }), expect: "pass" },
    { name: "network value unknown during preview", resources: instance({ authorizedNetworks: [{ value: unknown() }] }), expect: "skipped" },
    { name: "ipv4Enabled unknown with a world network", resources: instance({ ipv4Enabled: unknown("boolean"), authorizedNetworks: [{ value: "0.0.0.0/0" }] }), expect: "skipped" },
    { name: "networks list unknown during preview", resources: instance({ authorizedNetworks: unknown("array") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
