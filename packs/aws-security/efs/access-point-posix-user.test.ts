import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./access-point-posix-user";

const accessPoint = (props: MockProps<"aws:efs/accessPoint:AccessPoint">) =>
    mockResource("aws:efs/accessPoint:AccessPoint", { fileSystemId: "fs-1", rootDirectory: { path: "/app" }, ...props }, { name: "app" });

export const cases: RuleCase[] = [
    { name: "no POSIX user", resources: accessPoint({}), expect: { violations: [{ messageId: "unset", data: { name: "app" }, propertyPath: "posixUser" }] } },
    { name: "a POSIX user", resources: accessPoint({ posixUser: { uid: 1000, gid: 1000 } }), expect: "pass" },
    { name: "root as the POSIX user is still an enforced identity", resources: accessPoint({ posixUser: { uid: 0, gid: 0 } }), expect: "pass" },
    { name: "uid unknown during preview", resources: accessPoint({ posixUser: { uid: unknown("number"), gid: 1000 } }), expect: "skipped" },
    { name: "the whole block unknown during preview", resources: accessPoint({ posixUser: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
