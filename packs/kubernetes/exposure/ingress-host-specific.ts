import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/kubernetes/extensions";
import type {} from "../../../src/types/kubernetes/networking";

/** Shows a host name only when it looks like one. */
function showHost(host: string): string {
    return /^[A-Za-z0-9*][A-Za-z0-9.*-]{0,252}$/.test(host) ? `\`${host}\`` : "a non-standard host";
}

export default defineRule({
    id: "k8s-ingress-host-specific",
    title: "Ingress rules name a precise host",
    description:
        "An Ingress rule without a `host` answers for every host name the ingress controller receives, and a wildcard host (`*.example.com`) for every name under a domain: a team that can create Ingresses in one namespace can take over traffic meant for other applications, and requests for names nobody planned (typos, stale DNS records, other domains pointed at the load balancer) reach the workload. Precise hosts keep routing explicit. Default backends (`spec.defaultBackend`) are not judged.",
    severity: "medium",
    service: "kubernetes",
    tags: ["exposure", "network"],
    remediation:
        'Set `spec.rules[].host` to the exact name the application serves (`shop.example.com`), one rule per name; list wildcard hosts that are intended (preview environments) in the rule\'s `allowedWildcardHosts`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowedWildcardHosts: { type: "array", items: { type: "string" }, description: "Wildcard hosts (e.g. \"*.preview.example.com\") that are intended." },
        },
    },
    configDefaults: { allowedWildcardHosts: [] },
    messages: {
        noHost: "Ingress `{{name}}` has no host in rules[{{index}}], so it answers for every host name sent to the controller.",
        wildcardHost: "Ingress `{{name}}` answers for the wildcard host {{host}} in rules[{{index}}].",
    },
    examples: {
        violating: [
            {
                description: "an Ingress rule without a host",
                resources: [
                    {
                        type: "kubernetes:networking.k8s.io/v1:Ingress",
                        name: "shop",
                        props: {
                            spec: {
                                ingressClassName: "nginx",
                                rules: [{ http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] } }],
                            },
                        },
                    },
                ],
            },
            {
                description: "a wildcard host",
                resources: [
                    {
                        type: "kubernetes:networking.k8s.io/v1:Ingress",
                        name: "shop",
                        props: {
                            spec: {
                                ingressClassName: "nginx",
                                tls: [{ hosts: ["*.example.com"], secretName: "wildcard-tls" }],
                                rules: [{ host: "*.example.com", http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] } }],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a rule for one precise host",
                resources: [
                    {
                        type: "kubernetes:networking.k8s.io/v1:Ingress",
                        name: "shop",
                        props: {
                            spec: {
                                ingressClassName: "nginx",
                                tls: [{ hosts: ["shop.example.com"], secretName: "shop-tls" }],
                                rules: [{ host: "shop.example.com", http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] } }],
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: ["kubernetes:networking.k8s.io/v1:Ingress", "kubernetes:networking.k8s.io/v1beta1:Ingress", "kubernetes:extensions/v1beta1:Ingress"],
    validate(props, ctx) {
        const allowed = new Set(listOf(ctx.config.allowedWildcardHosts).map((h) => String(h).toLowerCase()));
        listOf(recordOf(props.spec).rules).forEach((rule, index) => {
            const host = recordOf(rule).host;
            const path = propertyPath("spec", "rules", index, "host");
            if (host === undefined || host === null || host === "") {
                ctx.report({ messageId: "noHost", data: { name: ctx.name, index: String(index) }, propertyPath: path });
                return;
            }
            if (typeof host !== "string" || !host.includes("*") || allowed.has(host.toLowerCase())) return;
            ctx.report({ messageId: "wildcardHost", data: { name: ctx.name, host: showHost(host), index: String(index) }, propertyPath: path });
        });
    },
});
