import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./memory-timeout-cap";

const fn = (memorySize: MockProps<"aws:lambda/function:Function">["memorySize"], timeout: MockProps<"aws:lambda/function:Function">["timeout"]) =>
    mockResource("aws:lambda/function:Function", { role: "arn:aws:iam::1:role/r", runtime: "nodejs20.x", handler: "index.handler", memorySize, timeout }, { name: "resize" });

export const cases: RuleCase[] = [
    { name: "10 GB of memory", resources: fn(10240, 30), expect: { violations: [{ propertyPath: "memorySize", messageIncludes: "10240 MB" }] } },
    { name: "a 15 minute timeout", resources: fn(512, 900), expect: { violations: [{ propertyPath: "timeout", messageIncludes: "900 s" }] } },
    { name: "both over", resources: fn(4096, 600), expect: { violations: ["memorySize", "timeout"] } },
    { name: "within the caps", resources: fn(1024, 60), expect: "pass" },
    { name: "defaults (128 MB, 3 s) are not set", resources: fn(undefined, undefined), expect: "pass" },
    {
        name: "configured caps",
        resources: fn(1024, 60),
        options: { config: { "cost-lambda-memory-timeout-cap": { maxMemoryMb: 512, maxTimeoutSeconds: 30 } } },
        expect: { violations: ["memorySize", "timeout"] },
    },
    { name: "memory unknown during preview", resources: fn(unknown("number"), 30), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
