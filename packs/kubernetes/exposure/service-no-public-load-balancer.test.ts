import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./service-no-public-load-balancer";

const svc = (spec: Record<string, unknown>, annotations?: Record<string, string>, name = "web") =>
    mockResource("kubernetes:core/v1:Service", { metadata: { name, namespace: "shop", annotations }, spec: { ports: [{ port: 443 }], ...spec } }, { name });

export const cases: RuleCase[] = [
    { name: "public load balancer", resources: svc({ type: "LoadBalancer" }), expect: { violations: [{ propertyPath: "spec.type", messageIncludes: "the internet" }] } },
    { name: "source ranges include the world", resources: svc({ type: "LoadBalancer", loadBalancerSourceRanges: ["10.0.0.0/8", "0.0.0.0/0"] }), expect: { violations: ["spec.type"] } },
    { name: "source ranges include the IPv6 world written 0::/0", resources: svc({ type: "LoadBalancer", loadBalancerSourceRanges: ["0::/0"] }), expect: { violations: ["spec.type"] } },
    { name: "source ranges limited", resources: svc({ type: "LoadBalancer", loadBalancerSourceRanges: ["203.0.113.0/24"] }), expect: "pass" },
    { name: "AWS internal scheme", resources: svc({ type: "LoadBalancer" }, { "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal" }), expect: "pass" },
    { name: "GKE internal", resources: svc({ type: "LoadBalancer" }, { "networking.gke.io/load-balancer-type": "Internal" }), expect: "pass" },
    { name: "Azure internal", resources: svc({ type: "LoadBalancer" }, { "service.beta.kubernetes.io/azure-load-balancer-internal": "true" }), expect: "pass" },
    { name: "ClusterIP", resources: svc({ type: "ClusterIP" }), expect: "pass" },
    { name: "default type", resources: svc({}), expect: "pass" },
    {
        name: "allow-listed by metadata.name",
        resources: svc({ type: "LoadBalancer" }, undefined, "edge"),
        options: { config: { "k8s-service-no-public-load-balancer": { allowedServices: ["edge"] } } },
        expect: "pass",
    },
    { name: "type unknown during preview", resources: svc({ type: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
