import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./instance-backups-enabled";

function instance(backupConfiguration?: { enabled?: boolean; startTime?: string }, extra: { instanceType?: string; masterInstanceName?: string } = {}) {
    return mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "MYSQL_8_0", ...extra, settings: { tier: "db-f1-micro", backupConfiguration } }, { name: "db" });
}

export const cases: RuleCase[] = [
    { name: "backups off", resources: instance({ enabled: false }), expect: { violations: [{ messageId: "backupsOff", data: { name: "db" }, propertyPath: "settings.backupConfiguration.enabled" }] } },
    { name: "no backup configuration", resources: instance(undefined), expect: { violations: [{ messageId: "backupsUnset", data: { name: "db" }, propertyPath: "settings.backupConfiguration.enabled" }] } },
    { name: "a start time alone does not enable backups", resources: instance({ startTime: "03:00" }), expect: { violations: [{ messageId: "backupsUnset" }] } },
    { name: "no settings", resources: mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "MYSQL_8_0" }), expect: { violations: ["settings.backupConfiguration.enabled"] } },
    { name: "backups on", resources: instance({ enabled: true, startTime: "03:00" }), expect: "pass" },
    { name: "a read replica by masterInstanceName is not judged", resources: instance(undefined, { masterInstanceName: "primary" }), expect: "pass" },
    { name: "a read replica by instanceType is not judged", resources: instance(undefined, { instanceType: "READ_REPLICA_INSTANCE", masterInstanceName: "primary" }), expect: "pass" },
    { name: "a primary that names its type is judged", resources: instance(undefined, { instanceType: "CLOUD_SQL_INSTANCE" }), expect: { violations: ["settings.backupConfiguration.enabled"] } },
    { name: "enabled unknown during preview", resources: instance({ enabled: unknown("boolean") }), expect: "skipped" },
    { name: "replica status unknown during preview", resources: instance({ enabled: false }, { masterInstanceName: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
