import { checkCase, mockResource, secret, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./no-user-inline-policies";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const userPolicy = (policy: MockProps<"aws:iam/userPolicy:UserPolicy">["policy"]) => mockResource("aws:iam/userPolicy:UserPolicy", { user: "alice", policy }, { name: "alice-s3" });

export const cases: RuleCase[] = [
    {
        name: "inline policy granting permissions",
        resources: userPolicy(doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/*" })),
        expect: { violations: [{ propertyPath: "user", messageIncludes: "`alice-s3`" }] },
    },
    {
        name: "mixed Deny and Allow statements",
        resources: userPolicy({ Statement: [{ Effect: "Deny", Action: "s3:DeleteObject", Resource: "*" }, { Effect: "Allow", Action: "s3:ListBucket", Resource: "*" }] }),
        expect: { violations: ["user"] },
    },
    { name: "document that cannot be read still is an inline policy", resources: userPolicy("not a document"), expect: { violations: ["user"] } },
    { name: "Deny-only guardrail grants nothing", resources: userPolicy(doc({ Effect: "Deny", Action: "*", Resource: "*" })), expect: "pass" },
    { name: "document unknown during preview", resources: userPolicy(unknown()), expect: "skipped" },
    {
        name: "secret document",
        resources: userPolicy(secret(doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }))),
        expect: { violations: ["user"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
