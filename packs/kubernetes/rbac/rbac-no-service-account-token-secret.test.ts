import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-service-account-token-secret";

const SECRET = "kubernetes:core/v1:Secret";

export const cases: RuleCase[] = [
    {
        name: "service account token Secret",
        resources: mockResource(SECRET, { metadata: { name: "t", annotations: { "kubernetes.io/service-account.name": "ci" } }, type: "kubernetes.io/service-account-token" }, { name: "t" }),
        expect: { violations: [{ messageId: "tokenSecret", data: { name: "t" }, propertyPath: "type" }] },
    },
    { name: "in a Secret patch", resources: mockResource("kubernetes:core/v1:SecretPatch", { metadata: { name: "t" }, type: "kubernetes.io/service-account-token" }, { name: "t" }), expect: { violations: ["type"] } },
    { name: "opaque Secret", resources: mockResource(SECRET, { metadata: { name: "c" }, type: "Opaque", stringData: { a: "b" } }, { name: "c" }), expect: "pass" },
    { name: "TLS Secret", resources: mockResource(SECRET, { metadata: { name: "c" }, type: "kubernetes.io/tls" }, { name: "c" }), expect: "pass" },
    { name: "type absent (Opaque)", resources: mockResource(SECRET, { metadata: { name: "c" }, data: { a: "Yg==" } }, { name: "c" }), expect: "pass" },
    { name: "type unknown during preview", resources: mockResource(SECRET, { metadata: { name: "t" }, type: unknown() }, { name: "t" }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
