import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./console-user-no-access-key";

const USER = "aws:iam/user:User";
const user = (name: string, props: Record<string, unknown> = { name }) => mockResource.untyped(USER, props, { name });
const profile = (name: string, userRef: string, dependsOn?: string) =>
    mockResource("aws:iam/userLoginProfile:UserLoginProfile", { user: userRef }, {
        name,
        propertyDependencies: dependsOn ? { user: [dependsOn] } : undefined,
    });
const accessKey = (name: string, userRef: string, extra: MockProps<"aws:iam/accessKey:AccessKey"> = {}, dependsOn?: string) =>
    mockResource("aws:iam/accessKey:AccessKey", { user: userRef, ...extra }, {
        name,
        propertyDependencies: dependsOn ? { user: [dependsOn] } : undefined,
    });

const alice = user("alice");
const ci = user("ci-deployer");

export const cases: RuleCase[] = [
    {
        name: "console user with an access key (joined by user name)",
        resources: [alice, profile("alice-console", "alice"), accessKey("alice-key", "alice")],
        expect: { violations: [{ urn: accessKey("alice-key", "alice").urn, propertyPath: "user", messageIncludes: "login profile `alice-console`" }] },
    },
    {
        name: "user outside the stack, referred to by the same name",
        resources: [profile("bob-console", "bob"), accessKey("bob-key", "bob", { status: "Active" })],
        expect: { violations: ["user"] },
    },
    {
        name: "joined through property dependencies while the user name is unknown (preview)",
        resources: [
            user("alice", { name: unknown() }),
            profile("alice-console", unknown(), alice.urn),
            accessKey("alice-key", unknown(), {}, alice.urn),
        ],
        expect: { violations: [{ urn: accessKey("alice-key", "alice").urn }] },
    },
    {
        name: "key joined by dependency, profile by the user's known name",
        resources: [alice, profile("alice-console", "alice"), accessKey("alice-key", unknown(), {}, alice.urn)],
        expect: { violations: ["user"] },
    },
    { name: "machine user with a key and no password", resources: [ci, accessKey("ci-key", "ci-deployer"), alice, profile("alice-console", "alice")], expect: "pass" },
    { name: "inactive key", resources: [profile("alice-console", "alice"), accessKey("alice-key", "alice", { status: "Inactive" })], expect: "pass" },
    { name: "console user without a key", resources: [alice, profile("alice-console", "alice")], expect: "pass" },
    {
        name: "references that preview cannot resolve (same user or not): not judged",
        resources: [profile("someone-console", unknown()), accessKey("someone-key", unknown())],
        expect: "skipped",
    },
    {
        name: "a person's key whose status is unknown in preview",
        resources: [profile("alice-console", "alice"), accessKey("alice-key", "alice", { status: unknown() })],
        expect: "skipped",
    },
    {
        name: "a machine key's unknown status is never read",
        resources: [profile("alice-console", "alice"), accessKey("ci-key", "ci-deployer", { status: unknown() })],
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
