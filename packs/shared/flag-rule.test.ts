/** The "must be set" factory: expected value, absent (with and without a satisfying default), other values, unknown. */
import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../src/testing";
import { requireSetting } from "./flag-rule";

const metadata = {
    title: "Test setting",
    description: "A setting that must be on.",
    severity: "low",
    remediation: "Turn it on.",
    defaultLevel: "advisory",
    resourceType: "aws:opensearch/domain:Domain",
    path: ["encryptAtRest", "enabled"],
    expected: true,
    message: (ctx: { name: string }, value: unknown) => `Domain \`${ctx.name}\` has encryptAtRest.enabled ${value === undefined ? "unset" : String(value)}.`,
} as const;

const strict = requireSetting({ ...metadata, id: "test-setting-strict" });
const lenient = requireSetting({ ...metadata, id: "test-setting-default-on", defaultSatisfies: true });
const engineDefault = requireSetting({ ...metadata, id: "test-setting-engine-default", defaultSatisfies: (props) => props.engineVersion === "OpenSearch_2.17" });

const domain = (props: MockProps<"aws:opensearch/domain:Domain">) => mockResource("aws:opensearch/domain:Domain", props, { name: "logs" });

test.each<[string, typeof strict, RuleCase]>([
    ["expected value", strict, { name: "", resources: domain({ encryptAtRest: { enabled: true } }), expect: "pass" }],
    ["another value", strict, { name: "", resources: domain({ encryptAtRest: { enabled: false } }), expect: { violations: [{ propertyPath: "encryptAtRest.enabled", messageIncludes: "enabled false" }] } }],
    ["a wrong-typed value", lenient, { name: "", resources: mockResource.untyped("aws:opensearch/domain:Domain", { encryptAtRest: { enabled: "true" } }, { name: "logs" }), expect: { violations: ["encryptAtRest.enabled"] } }],
    ["absent, no default", strict, { name: "", resources: domain({}), expect: { violations: [{ propertyPath: "encryptAtRest.enabled", messageIncludes: "unset" }] } }],
    ["absent, the default satisfies", lenient, { name: "", resources: domain({ encryptAtRest: {} }), expect: "pass" }],
    ["absent, the default depends on other props (satisfied)", engineDefault, { name: "", resources: domain({ engineVersion: "OpenSearch_2.17" }), expect: "pass" }],
    ["absent, the default depends on other props (not satisfied)", engineDefault, { name: "", resources: domain({ engineVersion: "Elasticsearch_7.10" }), expect: { violations: ["encryptAtRest.enabled"] } }],
    ["unknown setting during preview", lenient, { name: "", resources: domain({ encryptAtRest: { enabled: unknown("boolean") } }), expect: "skipped" }],
    ["unknown object on the path during preview", strict, { name: "", resources: domain({ encryptAtRest: unknown("object") }), expect: "skipped" }],
])("%s", (name, rule, c) => checkCase(rule, { ...c, name }));
