import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./service-no-node-port";

const svc = (spec: Record<string, unknown>, name = "web") =>
    mockResource("kubernetes:core/v1:Service", { metadata: { name, namespace: "shop" }, spec: { ports: [{ port: 80 }], ...spec } }, { name });

export const cases: RuleCase[] = [
    { name: "NodePort", resources: svc({ type: "NodePort" }), expect: { violations: ["spec.type"] } },
    { name: "ClusterIP", resources: svc({ type: "ClusterIP" }), expect: "pass" },
    { name: "allow-listed by Pulumi name", resources: svc({ type: "NodePort" }, "metrics"), options: { config: { "k8s-service-no-node-port": { allowedServices: ["metrics"] } } }, expect: "pass" },
    { name: "type unknown during preview", resources: svc({ type: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
