import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./role-session-duration-limit";

const TRUST = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" }] });
const role = (maxSessionDuration: MockProps<"aws:iam/role:Role">["maxSessionDuration"]) =>
    mockResource("aws:iam/role:Role", { assumeRolePolicy: TRUST, maxSessionDuration }, { name: "developer" });
const limit = (maxSessionDurationSeconds: unknown) => ({ config: { "access-iam-role-session-duration-limit": { maxSessionDurationSeconds } } });

export const cases: RuleCase[] = [
    {
        name: "12 hours against the default 8-hour limit",
        resources: role(43200),
        expect: { violations: [{ propertyPath: "maxSessionDuration", messageIncludes: "43200 seconds (12 hours), longer than the limit of 28800 seconds (8 hours)" }] },
    },
    { name: "8 hours: at the default limit", resources: role(28800), expect: "pass" },
    { name: "unset: AWS's one-hour default", resources: role(undefined), expect: "pass" },
    { name: "prod config: one hour at most", resources: role(7200), options: limit(3600), expect: { violations: [{ messageIncludes: "7200 seconds (2 hours)" }] } },
    { name: "prod config: one hour exactly", resources: role(3600), options: limit(3600), expect: "pass" },
    { name: "relaxed config: AWS maximum allowed", resources: role(43200), options: limit(43200), expect: "pass" },
    { name: "unusable config value falls back to the default", resources: role(43200), options: { ...limit("eight hours"), uncheckedConfig: true }, expect: { violations: ["maxSessionDuration"] } },
    { name: "duration unknown in preview", resources: role(unknown("number")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
