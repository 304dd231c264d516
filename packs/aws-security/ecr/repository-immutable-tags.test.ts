import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./repository-immutable-tags";

const repo = (imageTagMutability: MockProps<"aws:ecr/repository:Repository">["imageTagMutability"]) =>
    mockResource("aws:ecr/repository:Repository", { name: "app", imageTagMutability }, { name: "app-repo" });

export const cases: RuleCase[] = [
    {
        name: "mutable tags by default",
        resources: repo(undefined),
        expect: { violations: [{ propertyPath: "imageTagMutability", messageIncludes: 'defaults to "MUTABLE"' }] },
    },
    { name: "explicitly mutable", resources: repo("MUTABLE"), expect: { violations: [{ propertyPath: "imageTagMutability", messageIncludes: '"MUTABLE"' }] } },
    { name: "mutable with exclusions", resources: repo("MUTABLE_WITH_EXCLUSION"), expect: { violations: ["imageTagMutability"] } },
    { name: "immutable", resources: repo("IMMUTABLE"), expect: "pass" },
    { name: "immutable except filtered tags", resources: repo("IMMUTABLE_WITH_EXCLUSION"), expect: "pass" },
    { name: "unrecognised value is not echoed", resources: repo("whatever"), expect: { violations: [{ messageIncludes: "not a known immutable setting" }] } },
    { name: "setting unknown during preview", resources: repo(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
