import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./role-permissions-boundary";

const TRUST = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }] });
const role = (permissionsBoundary: MockProps<"aws:iam/role:Role">["permissionsBoundary"]) => mockResource("aws:iam/role:Role", { assumeRolePolicy: TRUST, permissionsBoundary }, { name: "orders-api" });

export const cases: RuleCase[] = [
    { name: "no boundary", resources: role(undefined), expect: { violations: [{ propertyPath: "permissionsBoundary", messageIncludes: "Role `orders-api`" }] } },
    { name: "empty boundary", resources: role(""), expect: { violations: ["permissionsBoundary"] } },
    { name: "boundary set", resources: role("arn:aws:iam::111122223333:policy/team-boundary"), expect: "pass" },
    { name: "boundary ARN unknown in preview", resources: role(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("off by default: environments switch it on", () => {
    expect(rule.defaultLevel).toBe("disabled");
});
