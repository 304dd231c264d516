import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./service-no-external-ips";

const svc = (spec: Record<string, unknown>, name = "web") =>
    mockResource("kubernetes:core/v1:Service", { metadata: { name, namespace: "shop" }, spec: { ports: [{ port: 80 }], ...spec } }, { name });

export const cases: RuleCase[] = [
    { name: "external IPs", resources: svc({ externalIPs: ["198.51.100.7", "198.51.100.8"] }), expect: { violations: [{ propertyPath: "spec.externalIPs", messageIncludes: "2 external IP addresses" }] } },
    { name: "empty list", resources: svc({ externalIPs: [] }), expect: "pass" },
    { name: "none", resources: svc({}), expect: "pass" },
    { name: "allow-listed", resources: svc({ externalIPs: ["198.51.100.7"] }, "legacy"), options: { config: { "k8s-service-no-external-ips": { allowedServices: ["legacy"] } } }, expect: "pass" },
    { name: "list unknown during preview", resources: svc({ externalIPs: unknown("array") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
