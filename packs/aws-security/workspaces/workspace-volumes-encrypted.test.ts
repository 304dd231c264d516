import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./workspace-volumes-encrypted";

const workspace = (props: MockProps<"aws:workspaces/workspace:Workspace">) =>
    mockResource("aws:workspaces/workspace:Workspace", { bundleId: "wsb-1", directoryId: "d-1", userName: "bob", ...props }, { name: "desk" });

export const cases: RuleCase[] = [
    {
        name: "neither encrypted",
        resources: workspace({}),
        expect: { violations: [{ messageId: "unencrypted", data: { name: "desk", volume: "root", field: "rootVolumeEncryptionEnabled", state: "not set, and defaults to false" } }, { messageId: "unencrypted", propertyPath: "userVolumeEncryptionEnabled" }] },
    },
    { name: "user volume off", resources: workspace({ rootVolumeEncryptionEnabled: true, userVolumeEncryptionEnabled: false }), expect: { violations: [{ messageId: "unencrypted", data: { name: "desk", volume: "user", field: "userVolumeEncryptionEnabled", state: "false" } }] } },
    { name: "both encrypted", resources: workspace({ rootVolumeEncryptionEnabled: true, userVolumeEncryptionEnabled: true }), expect: "pass" },
    { name: "unknown during preview", resources: workspace({ rootVolumeEncryptionEnabled: unknown("boolean"), userVolumeEncryptionEnabled: true }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
