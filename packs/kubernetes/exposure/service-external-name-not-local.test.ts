import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./service-external-name-not-local";

const svc = (spec: Record<string, unknown>, name = "alias") =>
    mockResource.untyped("kubernetes:core/v1:Service", { metadata: { name, namespace: "shop" }, spec }, { name });
const external = (externalName: unknown) => svc({ type: "ExternalName", externalName });
const local = (host: string, what: string): RuleCase => ({
    name: `ExternalName ${host}`,
    resources: external(host),
    expect: { violations: [{ messageId: "localTarget", data: { name: "alias", host, what }, propertyPath: "spec.externalName" }] },
});

export const cases: RuleCase[] = [
    local("localhost", "the node itself (localhost)"),
    local("LOCALHOST.", "the node itself (localhost)"),
    local("api.localhost", "the node itself (a *.localhost name)"),
    local("127.0.0.1", "a loopback address"),
    local("127.8.9.10", "a loopback address"),
    local("2130706433", "a loopback address"),
    local("0177.0.0.1", "a loopback address"),
    local("::1", "a loopback address"),
    local("::ffff:127.0.0.1", "a loopback address"),
    local("0.0.0.0", "an unspecified address (the node itself)"),
    local("169.254.169.254", "the cloud metadata service"),
    local("169.254.10.1", "a link-local address"),
    local("fe80::1", "a link-local address"),
    local("fd00:ec2::254", "the cloud metadata service"),
    local("metadata.google.internal", "the cloud metadata service"),
    { name: "external DNS name", resources: external("db.example.com"), expect: "pass" },
    { name: "public address", resources: external("203.0.113.7"), expect: "pass" },
    { name: "private address (not local to the node)", resources: external("10.0.0.5"), expect: "pass" },
    { name: "name that only starts with localhost", resources: external("localhost.example.com"), expect: "pass" },
    { name: "externalName ignored on a ClusterIP Service", resources: svc({ type: "ClusterIP", externalName: "localhost", ports: [{ port: 80 }] }), expect: "pass" },
    { name: "no type means ClusterIP", resources: svc({ externalName: "127.0.0.1", ports: [{ port: 80 }] }), expect: "pass" },
    {
        name: "patch setting an ExternalName alias",
        resources: mockResource("kubernetes:core/v1:ServicePatch", { spec: { type: "ExternalName", externalName: "localhost" } }, { name: "alias" }),
        expect: { violations: ["spec.externalName"] },
    },
    { name: "externalName unknown in preview", resources: external(unknown()), expect: "skipped" },
    { name: "type unknown in preview", resources: svc({ type: unknown(), externalName: "localhost" }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
