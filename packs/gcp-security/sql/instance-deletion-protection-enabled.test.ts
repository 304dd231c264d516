import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./instance-deletion-protection-enabled";

const instance = (deletionProtectionEnabled?: boolean, deletionProtection?: boolean) =>
    mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "MYSQL_8_0", deletionProtection, settings: { tier: "db-f1-micro", deletionProtectionEnabled } }, { name: "db" });

export const cases: RuleCase[] = [
    { name: "protection off", resources: instance(false), expect: { violations: [{ propertyPath: "settings.deletionProtectionEnabled", messageIncludes: "is false" }] } },
    { name: "protection left out", resources: instance(undefined), expect: { violations: [{ propertyPath: "settings.deletionProtectionEnabled", messageIncludes: "defaults to false" }] } },
    { name: "Pulumi's own deletionProtection is not the API's", resources: instance(undefined, true), expect: { violations: ["settings.deletionProtectionEnabled"] } },
    { name: "no settings", resources: mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "MYSQL_8_0" }), expect: { violations: ["settings.deletionProtectionEnabled"] } },
    { name: "protection on", resources: instance(true), expect: "pass" },
    { name: "unknown during preview", resources: instance(unknown("boolean")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
