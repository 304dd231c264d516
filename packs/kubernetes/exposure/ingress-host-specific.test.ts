import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./ingress-host-specific";

const http = { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] };
const ingress = (rules: unknown[], type: "kubernetes:networking.k8s.io/v1:Ingress" | "kubernetes:extensions/v1beta1:Ingress" = "kubernetes:networking.k8s.io/v1:Ingress") =>
    mockResource.untyped(type, { metadata: { name: "web", namespace: "shop" }, spec: { rules } }, { name: "web" });

export const cases: RuleCase[] = [
    {
        name: "rule without a host",
        resources: ingress([{ http }]),
        expect: { violations: [{ messageId: "noHost", data: { name: "web", index: "0" }, propertyPath: "spec.rules[0].host" }] },
    },
    { name: "empty host", resources: ingress([{ host: "shop.example.com", http }, { host: "", http }]), expect: { violations: ["spec.rules[1].host"] } },
    {
        name: "wildcard host",
        resources: ingress([{ host: "*.example.com", http }]),
        expect: { violations: [{ messageId: "wildcardHost", data: { name: "web", host: "`*.example.com`", index: "0" }, propertyPath: "spec.rules[0].host" }] },
    },
    { name: "bare star", resources: ingress([{ host: "*", http }]), expect: { violations: ["spec.rules[0].host"] } },
    { name: "old extensions/v1beta1 Ingress without a host", resources: ingress([{ http: { paths: [{ backend: { serviceName: "web", servicePort: 80 } }] } }], "kubernetes:extensions/v1beta1:Ingress"), expect: { violations: ["spec.rules[0].host"] } },
    { name: "precise hosts", resources: ingress([{ host: "shop.example.com", http }, { host: "api.example.com", http }]), expect: "pass" },
    {
        name: "allow-listed wildcard",
        resources: ingress([{ host: "*.preview.example.com", http }]),
        options: { config: { "k8s-ingress-host-specific": { allowedWildcardHosts: ["*.preview.example.com"] } } },
        expect: "pass",
    },
    { name: "no rules (default backend only) is not judged here", resources: mockResource("kubernetes:networking.k8s.io/v1:Ingress", { spec: { defaultBackend: { service: { name: "web", port: { number: 80 } } } } }, { name: "web" }), expect: "pass" },
    { name: "host unknown in preview", resources: ingress([{ host: unknown(), http }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
