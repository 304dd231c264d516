import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import { durationSeconds } from "../lib/iso-duration";
import rule from "./permission-set-session-duration";

const permissionSet = (sessionDuration: MockProps<"aws:ssoadmin/permissionSet:PermissionSet">["sessionDuration"]) =>
    mockResource("aws:ssoadmin/permissionSet:PermissionSet", { instanceArn: "arn:aws:sso:::instance/ssoins-1", name: "Administrators", sessionDuration }, {
        name: "administrators",
    });
const limit = (maxSessionDuration: unknown) => ({ config: { "access-sso-permission-set-session-duration": { maxSessionDuration } } });

export const cases: RuleCase[] = [
    {
        name: "12 hours against the default 8-hour limit",
        resources: permissionSet("PT12H"),
        expect: { violations: [{ propertyPath: "sessionDuration", messageIncludes: "Permission set `administrators` allows sessions of PT12H, longer than the limit of PT8H." }] },
    },
    { name: "8 hours and 30 minutes", resources: permissionSet("PT8H30M"), expect: { violations: ["sessionDuration"] } },
    { name: "8 hours exactly", resources: permissionSet("PT8H"), expect: "pass" },
    { name: "minutes only", resources: permissionSet("PT90M"), expect: "pass" },
    { name: "unset: one hour", resources: permissionSet(undefined), expect: "pass" },
    { name: "prod config: 2 hours", resources: permissionSet("PT4H"), options: limit("PT2H"), expect: { violations: [{ messageIncludes: "limit of PT2H" }] } },
    { name: "relaxed config: 12 hours", resources: permissionSet("PT12H"), options: limit("PT12H"), expect: "pass" },
    { name: "unusable config falls back to PT8H", resources: permissionSet("PT12H"), options: { ...limit("12 hours"), uncheckedConfig: true }, expect: { violations: [{ messageIncludes: "limit of PT8H" }] } },
    { name: "not a duration: left to the provider", resources: permissionSet("twelve hours"), expect: "pass" },
    { name: "duration unknown in preview", resources: permissionSet(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test.each([
    ["PT1H", 3600],
    ["PT1H30M", 5400],
    ["PT45M", 2700],
    ["pt2h", 7200],
    ["PT", undefined],
    ["P1D", undefined],
    [12, undefined],
])("durationSeconds(%p) = %p", (value, seconds) => {
    expect(durationSeconds(value)).toBe(seconds);
});
