import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./function-url-auth";

const url = (authorizationType: unknown) =>
    mockResource("aws:lambda/functionUrl:FunctionUrl", { functionName: "handler", authorizationType } as never, { name: "hook" });

const cases: RuleCase[] = [
    {
        name: "no auth on the URL",
        resources: url("NONE"),
        expect: { violations: [{ propertyPath: "authorizationType", messageIncludes: "`hook`" }] },
    },
    { name: "IAM auth", resources: url("AWS_IAM"), expect: "pass" },
    { name: "wrong-typed value is not a crash", resources: url(42), expect: "pass" },
    { name: "auth type unknown during preview", resources: url(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
