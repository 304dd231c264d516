import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/workspaces";

const VOLUMES = [
    ["rootVolumeEncryptionEnabled", "root"],
    ["userVolumeEncryptionEnabled", "user"],
] as const;

export default defineRule({
    id: "workspaces-workspace-volumes-encrypted",
    title: "WorkSpaces encrypt their root and user volumes",
    description:
        "A WorkSpace's user volume holds the user's profile and documents and its root volume the system with cached credentials. Both are unencrypted unless encryption is asked for, and it can only be chosen when the WorkSpace is created.",
    severity: "medium",
    service: "workspaces",
    frameworks: {
        "aws-fsbp": ["WorkSpaces.1", "WorkSpaces.2"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation: "Set `rootVolumeEncryptionEnabled: true` and `userVolumeEncryptionEnabled: true` with a `volumeEncryptionKey` (a KMS key ARN or alias); existing WorkSpaces must be rebuilt.",
    defaultLevel: "advisory",
    messages: {
        unencrypted: "WorkSpace `{{name}}` does not encrypt its {{volume}} volume: {{field}} is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "a WorkSpace without volume encryption",
                resources: [{ type: "aws:workspaces/workspace:Workspace", name: "dev-alice", props: { bundleId: "wsb-0123456789", directoryId: "d-0123456789", userName: "alice" } }],
            },
        ],
        compliant: [
            {
                description: "a WorkSpace with both volumes encrypted",
                resources: [
                    {
                        type: "aws:workspaces/workspace:Workspace",
                        name: "dev-alice",
                        props: {
                            bundleId: "wsb-0123456789",
                            directoryId: "d-0123456789",
                            userName: "alice",
                            rootVolumeEncryptionEnabled: true,
                            userVolumeEncryptionEnabled: true,
                            volumeEncryptionKey: "alias/workspaces",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:workspaces/workspace:Workspace",
    validate(props, ctx) {
        for (const [field, volume] of VOLUMES) {
            const value = props[field];
            if (value === true) continue;
            ctx.report({
                messageId: "unencrypted",
                data: { name: ctx.name, volume, field, state: value === false ? "false" : "not set, and defaults to false" },
                propertyPath: field,
            });
        }
    },
});
