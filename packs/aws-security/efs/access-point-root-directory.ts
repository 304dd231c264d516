import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/efs";

/** Slashes, which on their own (or with nothing else) name the file system root. */
const SLASHES = /\//g;

export default defineRule({
    id: "efs-access-point-root-directory",
    title: "EFS access points enforce a root directory",
    description:
        "An access point whose root directory is the file system root (\"/\", also what it gets when rootDirectory is left out) lets every client that mounts through it reach all files of the file system. Pinning each access point to its own subdirectory keeps one application from reading or overwriting another's data.",
    severity: "medium",
    service: "efs",
    frameworks: {
        "aws-fsbp": ["EFS.3"],
        "nist-800-53-r5": ["AC-3", "AC-6"],
    },
    tags: ["access-control", "data"],
    remediation:
        'Set `rootDirectory: { path: "/<app>", creationInfo: { ownerUid: 1000, ownerGid: 1000, permissions: "750" } }` on the aws.efs.AccessPoint, one subdirectory per application.',
    defaultLevel: "advisory",
    messages: {
        unset: "EFS access point `{{name}}` sets no root directory, so clients see the whole file system (\"/\").",
        fileSystemRoot: "EFS access point `{{name}}` uses the file system root (\"/\") as its root directory, so clients see the whole file system.",
    },
    examples: {
        violating: [
            {
                description: "an access point exposing the file system root",
                resources: [{ type: "aws:efs/accessPoint:AccessPoint", name: "app", props: { fileSystemId: "fs-0123456789abcdef0", rootDirectory: { path: "/" } } }],
            },
        ],
        compliant: [
            {
                description: "an access point confined to the application's directory",
                resources: [
                    {
                        type: "aws:efs/accessPoint:AccessPoint",
                        name: "app",
                        props: {
                            fileSystemId: "fs-0123456789abcdef0",
                            posixUser: { uid: 1000, gid: 1000 },
                            rootDirectory: { path: "/app", creationInfo: { ownerUid: 1000, ownerGid: 1000, permissions: "750" } },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:efs/accessPoint:AccessPoint",
    validate(props, ctx) {
        const path = props.rootDirectory?.path;
        if (path === undefined || path === null) {
            ctx.report({ messageId: "unset", data: { name: ctx.name }, propertyPath: "rootDirectory.path" });
            return;
        }
        // "/", "//" or "" all name the file system root.
        if (typeof path !== "string" || path.replace(SLASHES, "").trim() === "") {
            ctx.report({ messageId: "fileSystemRoot", data: { name: ctx.name }, propertyPath: "rootDirectory.path" });
        }
    },
});
