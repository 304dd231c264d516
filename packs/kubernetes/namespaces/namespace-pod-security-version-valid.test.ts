import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./namespace-pod-security-version-valid";

const ns = (version: unknown, name: unknown = "shop") =>
    mockResource.untyped(
        "kubernetes:core/v1:Namespace",
        { metadata: { name, labels: { "pod-security.kubernetes.io/enforce": "baseline", ...(version === undefined ? {} : { "pod-security.kubernetes.io/enforce-version": version }) } } },
        { name: "shop" },
    );
const PATH = "metadata.labels.pod-security.kubernetes.io/enforce-version";
const bad = (version: string): RuleCase => ({
    name: `invalid version ${version}`,
    resources: ns(version),
    expect: { violations: [{ messageId: "invalidVersion", data: { name: "shop", value: `"${version}"` }, propertyPath: PATH }] },
});

export const cases: RuleCase[] = [
    bad("1.33"),
    bad("v1.33.2"),
    bad("v1.x"),
    bad("v2.0"),
    bad("v1.033"),
    bad("Latest"),
    { name: "not a string", resources: ns(133), expect: { violations: [{ messageId: "invalidVersion", data: { name: "shop", value: "a non-standard value" } }] } },
    { name: "latest", resources: ns("latest"), expect: "pass" },
    { name: "v1.33", resources: ns("v1.33"), expect: "pass" },
    { name: "v1.0", resources: ns("v1.0"), expect: "pass" },
    { name: "absent (defaults to latest)", resources: ns(undefined), expect: "pass" },
    { name: "kube-system exempt", resources: ns("1.30", "kube-system"), expect: "pass" },
    { name: "patch setting an invalid version", resources: mockResource("kubernetes:core/v1:NamespacePatch", { metadata: { labels: { "pod-security.kubernetes.io/enforce-version": "1.30" } } }, { name: "shop" }), expect: { violations: [PATH] } },
    { name: "version unknown in preview", resources: ns(unknown()), expect: "skipped" },
    { name: "name unknown while the version is invalid (might be exempt)", resources: ns("1.30", unknown()), expect: "skipped" },
    { name: "name unknown but the version is valid", resources: ns("v1.30", unknown()), expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
