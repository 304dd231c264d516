import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/kubernetes/extensions";
import type {} from "../../../src/types/kubernetes/networking";

/** True when a TLS host entry (exact or `*.example.com`) covers `host`. */
function covers(pattern: unknown, host: string): boolean {
    if (typeof pattern !== "string") return false;
    const p = pattern.toLowerCase().replace(/\.$/, "");
    const h = host.toLowerCase().replace(/\.$/, "");
    if (p === h) return true;
    return p.startsWith("*.") && h.endsWith(p.slice(1)) && !h.slice(0, h.length - p.length + 1).includes(".");
}

export default defineRule({
    id: "k8s-ingress-tls",
    title: "Ingresses terminate TLS",
    description:
        "An Ingress without TLS serves its hosts over plain HTTP: credentials, cookies and data cross the network readable and modifiable by anyone on the path. Every rule host must be covered by a `spec.tls[].hosts` entry (a wildcard entry covers one label, as a certificate does); rules without a host are left to k8s-ingress-host-specific.",
    severity: "medium",
    service: "kubernetes",
    tags: ["exposure", "encryption"],
    remediation: 'Add `spec.tls: [{ hosts: ["app.example.com"], secretName: "app-tls" }]` covering every host (cert-manager can issue the certificate).',
    defaultLevel: "advisory",
    messages: {
        noTls: "Ingress `{{name}}` has no TLS section, so it serves plain HTTP.",
        hostWithoutTls: "Ingress `{{name}}` serves the host of rules[{{index}}] without a TLS entry for it.",
    },
    examples: {
        violating: [
            {
                description: "an Ingress serving plain HTTP",
                resources: [
                    {
                        type: "kubernetes:networking.k8s.io/v1:Ingress",
                        name: "shop",
                        props: {
                            spec: {
                                ingressClassName: "nginx",
                                rules: [
                                    {
                                        host: "shop.example.com",
                                        http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] },
                                    },
                                ],
                            },
                        },
                    },
                ],
            },
            {
                description: "a TLS section that leaves out one of the hosts",
                resources: [
                    {
                        type: "kubernetes:networking.k8s.io/v1:Ingress",
                        name: "shop",
                        props: {
                            spec: {
                                ingressClassName: "nginx",
                                tls: [{ hosts: ["shop.example.com"], secretName: "shop-tls" }],
                                rules: [
                                    {
                                        host: "shop.example.com",
                                        http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] },
                                    },
                                    {
                                        host: "api.example.com",
                                        http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] },
                                    },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a TLS entry covering the host",
                resources: [
                    {
                        type: "kubernetes:networking.k8s.io/v1:Ingress",
                        name: "shop",
                        props: {
                            metadata: { annotations: { "cert-manager.io/cluster-issuer": "letsencrypt" } },
                            spec: {
                                ingressClassName: "nginx",
                                tls: [{ hosts: ["shop.example.com"], secretName: "shop-tls" }],
                                rules: [
                                    {
                                        host: "shop.example.com",
                                        http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] },
                                    },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: ["kubernetes:networking.k8s.io/v1:Ingress", "kubernetes:networking.k8s.io/v1beta1:Ingress", "kubernetes:extensions/v1beta1:Ingress"],
    validate(props, ctx) {
        const spec = recordOf(props.spec);
        const tls = listOf(spec.tls).map(recordOf);
        if (tls.length === 0) {
            ctx.report({ messageId: "noTls", data: { name: ctx.name }, propertyPath: "spec.tls" });
            return;
        }
        // A TLS entry without hosts is the controller's default certificate for every host.
        if (tls.some((entry) => listOf(entry.hosts).length === 0)) return;
        const patterns = tls.flatMap((entry) => listOf(entry.hosts));
        listOf(spec.rules).forEach((rule, index) => {
            const host = recordOf(rule).host;
            if (typeof host !== "string" || host === "") return;
            if (!patterns.some((p) => covers(p, host))) {
                ctx.report({
                    messageId: "hostWithoutTls",
                    data: { name: ctx.name, index: String(index) },
                    propertyPath: propertyPath("spec", "rules", index, "host"),
                });
            }
        });
    },
});
