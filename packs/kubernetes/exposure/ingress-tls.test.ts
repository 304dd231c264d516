import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./ingress-tls";

const rule_ = (host?: string) => ({ host, http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] } });
const ingress = (spec: Record<string, unknown>) => mockResource("kubernetes:networking.k8s.io/v1:Ingress", { metadata: { name: "web", namespace: "shop" }, spec }, { name: "web" });

export const cases: RuleCase[] = [
    { name: "no TLS", resources: ingress({ rules: [rule_("shop.example.com")] }), expect: { violations: [{ propertyPath: "spec.tls", messageIncludes: "plain HTTP" }] } },
    {
        name: "second host not covered",
        resources: ingress({ tls: [{ hosts: ["shop.example.com"], secretName: "shop-tls" }], rules: [rule_("shop.example.com"), rule_("admin.example.org")] }),
        expect: { violations: ["spec.rules[1].host"] },
    },
    { name: "covered by a wildcard", resources: ingress({ tls: [{ hosts: ["*.example.com"], secretName: "wild" }], rules: [rule_("shop.example.com")] }), expect: "pass" },
    {
        name: "wildcard covers one label only",
        resources: ingress({ tls: [{ hosts: ["*.example.com"], secretName: "wild" }], rules: [rule_("a.b.example.com")] }),
        expect: { violations: ["spec.rules[0].host"] },
    },
    { name: "TLS entry without hosts (default certificate)", resources: ingress({ tls: [{ secretName: "default" }], rules: [rule_("shop.example.com")] }), expect: "pass" },
    { name: "every host covered", resources: ingress({ tls: [{ hosts: ["shop.example.com"], secretName: "shop-tls" }], rules: [rule_("shop.example.com"), rule_()] }), expect: "pass" },
    {
        name: "old networking.k8s.io/v1beta1 Ingress without TLS",
        resources: mockResource.untyped("kubernetes:networking.k8s.io/v1beta1:Ingress", { spec: { rules: [{ host: "shop.example.com", http: { paths: [{ backend: { serviceName: "web", servicePort: 80 } }] } }] } }, { name: "web" }),
        expect: { violations: [{ messageId: "noTls", data: { name: "web" }, propertyPath: "spec.tls" }] },
    },
    {
        name: "old extensions/v1beta1 Ingress with a host left out",
        resources: mockResource.untyped(
            "kubernetes:extensions/v1beta1:Ingress",
            { spec: { tls: [{ hosts: ["shop.example.com"], secretName: "shop-tls" }], rules: [rule_("shop.example.com"), rule_("api.example.com")] } },
            { name: "web" },
        ),
        expect: { violations: [{ messageId: "hostWithoutTls", data: { name: "web", index: "1" }, propertyPath: "spec.rules[1].host" }] },
    },
    { name: "host matching is case-insensitive and ignores a trailing dot", resources: ingress({ tls: [{ hosts: ["Shop.Example.com."], secretName: "shop-tls" }], rules: [rule_("shop.example.com")] }), expect: "pass" },
    { name: "wildcard rule host covered by the same wildcard TLS host", resources: ingress({ tls: [{ hosts: ["*.example.com"], secretName: "wild" }], rules: [rule_("*.example.com")] }), expect: "pass" },
    { name: "wildcard rule host not covered by a precise TLS host", resources: ingress({ tls: [{ hosts: ["shop.example.com"], secretName: "shop-tls" }], rules: [rule_("*.example.com")] }), expect: { violations: ["spec.rules[0].host"] } },
    { name: "TLS unknown during preview", resources: ingress({ tls: unknown("array"), rules: [rule_("shop.example.com")] }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
