import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./no-user-policy-attachments";

const READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
const attachment = (props: MockProps<"aws:iam/policyAttachment:PolicyAttachment">) => mockResource("aws:iam/policyAttachment:PolicyAttachment", { policyArn: READ_ONLY, ...props }, { name: "readers" });

export const cases: RuleCase[] = [
    {
        name: "user policy attachment",
        resources: mockResource("aws:iam/userPolicyAttachment:UserPolicyAttachment", { user: "alice", policyArn: READ_ONLY }, { name: "alice-ro" }),
        expect: { violations: [{ propertyPath: "user", messageIncludes: "`alice-ro`" }] },
    },
    {
        name: "user policy attachment whose user is unknown is still reported",
        resources: mockResource("aws:iam/userPolicyAttachment:UserPolicyAttachment", { user: unknown(), policyArn: unknown() }),
        expect: { violations: ["user"] },
    },
    { name: "policy attachment with users", resources: attachment({ users: ["alice", "bob"], groups: ["ops"] }), expect: { violations: [{ propertyPath: "users", messageIncludes: "2 IAM users" }] } },
    { name: "policy attachment with one unknown user", resources: attachment({ users: [unknown()] }), expect: { violations: ["users"] } },
    { name: "policy attachment to groups and roles only", resources: attachment({ groups: ["ops"], roles: ["ci"], users: [] }), expect: "pass" },
    { name: "policy attachment without users", resources: attachment({ roles: ["ci"] }), expect: "pass" },
    { name: "users unknown during preview", resources: attachment({ users: unknown("array") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
