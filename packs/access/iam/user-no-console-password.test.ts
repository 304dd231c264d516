import { checkCase, mockResource, secret, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./user-no-console-password";

const loginProfile = (props: MockProps<"aws:iam/userLoginProfile:UserLoginProfile">) =>
    mockResource("aws:iam/userLoginProfile:UserLoginProfile", { user: "alice", ...props }, { name: "alice-console" });
const exempt = (...exemptUsers: string[]) => ({ config: { "access-iam-user-no-console-password": { exemptUsers } } });

export const cases: RuleCase[] = [
    { name: "console password for a person", resources: loginProfile({}), expect: { violations: [{ propertyPath: "user", messageIncludes: "`alice-console`" }] } },
    { name: "password reset and PGP key do not change the verdict", resources: loginProfile({ passwordResetRequired: true, pgpKey: "keybase:alice" }), expect: { violations: ["user"] } },
    { name: "user unknown in preview, no exemptions: still judged", resources: loginProfile({ user: unknown() }), expect: { violations: ["user"] } },
    { name: "break-glass user exempted by config", resources: loginProfile({ user: "break-glass" }), options: exempt("break-glass"), expect: "pass" },
    { name: "another user while an exemption is configured", resources: loginProfile({}), options: exempt("break-glass"), expect: { violations: ["user"] } },
    { name: "user unknown in preview while exemptions are configured", resources: loginProfile({ user: unknown() }), options: exempt("break-glass"), expect: "skipped" },
    {
        name: "secret user name is not echoed",
        resources: loginProfile({ user: secret("alice.secret-name") }),
        expect: { violations: [{ propertyPath: "user", messageIncludes: "Login profile `alice-console`" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
