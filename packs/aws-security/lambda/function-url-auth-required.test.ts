import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./function-url-auth-required";

const url = (authorizationType: MockProps<"aws:lambda/functionUrl:FunctionUrl">["authorizationType"]) =>
    mockResource("aws:lambda/functionUrl:FunctionUrl", { functionName: "handler", authorizationType }, { name: "hook" });

export const cases: RuleCase[] = [
    {
        name: "no auth on the URL",
        resources: url("NONE"),
        expect: { violations: [{ propertyPath: "authorizationType", messageIncludes: "`hook`" }] },
    },
    { name: "IAM auth", resources: url("AWS_IAM"), expect: "pass" },
    {
        name: "wrong-typed value is not a crash",
        resources: mockResource.untyped("aws:lambda/functionUrl:FunctionUrl", { functionName: "handler", authorizationType: 42 }, { name: "hook" }),
        expect: "pass",
    },
    { name: "auth type unknown during preview", resources: url(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
