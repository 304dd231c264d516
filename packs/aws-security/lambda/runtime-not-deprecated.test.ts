import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import { deprecatedBy, runtimeDeprecationDate } from "../lib/lambda-runtimes";
import rule from "./runtime-not-deprecated";

const fn = (props: MockProps<"aws:lambda/function:Function">) =>
    mockResource("aws:lambda/function:Function", { role: "arn:aws:iam::123456789012:role/fn", ...props }, { name: "api" });

// Runtimes chosen far from their dates so the cases hold for years: nodejs14.x was deprecated in
// 2023, python3.13 and provided.al2023 are scheduled for 2029.
export const cases: RuleCase[] = [
    {
        name: "long-deprecated Node.js runtime",
        resources: fn({ runtime: "nodejs14.x" }),
        expect: { violations: [{ propertyPath: "runtime", messageIncludes: '"nodejs14.x", which was deprecated on 2023-12-04' }] },
    },
    { name: "go1.x", resources: fn({ runtime: "go1.x" }), expect: { violations: ["runtime"] } },
    { name: "java8 on Amazon Linux 1", resources: fn({ runtime: "java8" }), expect: { violations: ["runtime"] } },
    { name: "supported Python runtime", resources: fn({ runtime: "python3.13" }), expect: "pass" },
    { name: "OS-only runtime on AL2023", resources: fn({ runtime: "provided.al2023" }), expect: "pass" },
    { name: "runtime the table does not know", resources: fn({ runtime: "nodejs99.x" }), expect: "pass" },
    { name: "container image function", resources: fn({ packageType: "Image", imageUri: "123.dkr.ecr/x:1" }), expect: "pass" },
    {
        name: "daysAhead reports a runtime scheduled within the window",
        resources: fn({ runtime: "python3.13" }),
        options: { config: { "lambda-runtime-not-deprecated": { daysAhead: 36500 } } },
        expect: { violations: [{ propertyPath: "runtime", messageIncludes: "will be deprecated on 2029-06-30" }] },
    },
    { name: "runtime unknown during preview", resources: fn({ runtime: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

describe("runtime table", () => {
    test("java8 (Amazon Linux 1) and java8.al2 are different runtimes", () => {
        expect(runtimeDeprecationDate("java8")).toBe("2024-01-08");
        expect(runtimeDeprecationDate("java8.al2")).not.toBe("2024-01-08");
    });
    test("a runtime is deprecated from the start of its date (UTC)", () => {
        expect(deprecatedBy("dotnet6", new Date("2024-12-19T23:59:59Z"))).toBeUndefined();
        expect(deprecatedBy("dotnet6", new Date("2024-12-20T00:00:00Z"))).toBe("2024-12-20");
    });
    test("bad daysAhead values count as zero", () => {
        expect(deprecatedBy("dotnet6", new Date("2024-12-01T00:00:00Z"), Number.NaN)).toBeUndefined();
        expect(deprecatedBy("dotnet6", new Date("2024-12-01T00:00:00Z"), 30)).toBe("2024-12-20");
    });
    test("only strings are looked up", () => {
        expect(runtimeDeprecationDate(undefined)).toBeUndefined();
        expect(runtimeDeprecationDate("constructor")).toBeUndefined();
    });
});
