import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./file-system-backup-policy";

const fileSystem = (name: string, props: MockProps<"aws:efs/fileSystem:FileSystem"> = { id: `fs-${name}` }) =>
    mockResource("aws:efs/fileSystem:FileSystem", { creationToken: name, encrypted: true, ...props }, { name });
const policy = (name: string, props: MockProps<"aws:efs/backupPolicy:BackupPolicy">, dependsOn?: string) =>
    mockResource("aws:efs/backupPolicy:BackupPolicy", props, { name, propertyDependencies: dependsOn ? { fileSystemId: [dependsOn] } : undefined });

const shared = fileSystem("shared");
const scratch = fileSystem("scratch");

export const cases: RuleCase[] = [
    { name: "file system without a backup policy", resources: [shared], expect: { violations: [{ urn: shared.urn, messageId: "missing", data: { name: "shared" } }] } },
    { name: "backup policy enabled, joined by ID", resources: [shared, policy("shared-bp", { fileSystemId: "fs-shared", backupPolicy: { status: "ENABLED" } })], expect: "pass" },
    {
        name: "backup policy disabled is reported on the policy",
        resources: [shared, policy("shared-bp", { fileSystemId: "fs-shared", backupPolicy: { status: "DISABLED" } })],
        expect: { violations: [{ messageId: "disabled", data: { name: "shared-bp", fileSystem: "shared" }, propertyPath: "backupPolicy.status" }] },
    },
    {
        name: "joined through the property dependency while the file system ID is unknown (preview)",
        resources: [fileSystem("shared", {}), policy("shared-bp", { fileSystemId: unknown(), backupPolicy: { status: "ENABLED" } }, shared.urn)],
        expect: "pass",
    },
    {
        name: "one file system covered, one not",
        resources: [shared, scratch, policy("shared-bp", { fileSystemId: "fs-shared", backupPolicy: { status: "ENABLED" } })],
        expect: { violations: [{ urn: scratch.urn, messageId: "missing" }] },
    },
    { name: "a policy for a file system outside the stack does not count", resources: [shared, policy("other-bp", { fileSystemId: "fs-elsewhere", backupPolicy: { status: "ENABLED" } })], expect: { violations: [{ urn: shared.urn }] } },
    { name: "a policy whose file system cannot be told (unknown, no dependency): not judged", resources: [shared, policy("x-bp", { fileSystemId: unknown(), backupPolicy: { status: "ENABLED" } })], expect: "skipped" },
    { name: "status unknown during preview", resources: [shared, policy("shared-bp", { fileSystemId: "fs-shared", backupPolicy: { status: unknown() } })], expect: "skipped" },
    {
        name: "an unknown status on one file system does not hide another's missing policy",
        resources: [shared, scratch, policy("shared-bp", { fileSystemId: "fs-shared", backupPolicy: { status: unknown() } })],
        expect: { violations: [{ urn: scratch.urn, messageId: "missing" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
