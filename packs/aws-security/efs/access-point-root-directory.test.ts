import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./access-point-root-directory";

const accessPoint = (props: MockProps<"aws:efs/accessPoint:AccessPoint">) =>
    mockResource("aws:efs/accessPoint:AccessPoint", { fileSystemId: "fs-1", ...props }, { name: "app" });

export const cases: RuleCase[] = [
    { name: "no root directory", resources: accessPoint({}), expect: { violations: [{ messageId: "unset", data: { name: "app" }, propertyPath: "rootDirectory.path" }] } },
    { name: "root directory block without a path", resources: accessPoint({ rootDirectory: { creationInfo: { ownerUid: 1, ownerGid: 1, permissions: "750" } } }), expect: { violations: [{ messageId: "unset" }] } },
    { name: "the file system root", resources: accessPoint({ rootDirectory: { path: "/" } }), expect: { violations: [{ messageId: "fileSystemRoot", data: { name: "app" }, propertyPath: "rootDirectory.path" }] } },
    { name: "a doubled slash is still the root", resources: accessPoint({ rootDirectory: { path: "//" } }), expect: { violations: [{ messageId: "fileSystemRoot" }] } },
    { name: "a subdirectory", resources: accessPoint({ rootDirectory: { path: "/app" } }), expect: "pass" },
    { name: "a nested subdirectory", resources: accessPoint({ rootDirectory: { path: "/tenants/a/" } }), expect: "pass" },
    { name: "path unknown during preview", resources: accessPoint({ rootDirectory: { path: unknown() } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
