import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/efs";

export default defineRule({
    id: "efs-access-point-posix-user",
    title: "EFS access points enforce a user identity",
    description:
        "Without a POSIX user on the access point, each NFS client acts with whatever user and group IDs it claims, root included, and file permissions are only as strong as the least careful client. An enforced identity makes every file operation through the access point run as one known user.",
    severity: "medium",
    service: "efs",
    frameworks: {
        "aws-fsbp": ["EFS.4"],
        "nist-800-53-r5": ["AC-3", "AC-6"],
    },
    tags: ["access-control", "data"],
    remediation: "Set `posixUser: { uid: 1000, gid: 1000 }` (the application's user and group, optionally `secondaryGids`) on the aws.efs.AccessPoint.",
    defaultLevel: "advisory",
    messages: {
        unset: "EFS access point `{{name}}` enforces no POSIX user, so clients act with the user and group IDs they claim.",
    },
    examples: {
        violating: [
            {
                description: "an access point without a POSIX user",
                resources: [{ type: "aws:efs/accessPoint:AccessPoint", name: "app", props: { fileSystemId: "fs-0123456789abcdef0", rootDirectory: { path: "/app" } } }],
            },
        ],
        compliant: [
            {
                description: "an access point that runs every operation as the application user",
                resources: [
                    {
                        type: "aws:efs/accessPoint:AccessPoint",
                        name: "app",
                        props: { fileSystemId: "fs-0123456789abcdef0", posixUser: { uid: 1000, gid: 1000 }, rootDirectory: { path: "/app" } },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:efs/accessPoint:AccessPoint",
    validate(props, ctx) {
        const user = props.posixUser;
        if (user === undefined || user === null || typeof user !== "object") {
            ctx.report({ messageId: "unset", data: { name: ctx.name }, propertyPath: "posixUser" });
            return;
        }
        // uid and gid are both required by the API; an incomplete block is not an identity.
        if (typeof user.uid !== "number" || typeof user.gid !== "number") {
            ctx.report({ messageId: "unset", data: { name: ctx.name }, propertyPath: typeof user.uid !== "number" ? "posixUser.uid" : "posixUser.gid" });
        }
    },
});
