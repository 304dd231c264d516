import { defineRule, listOf, recordOf } from "../../../src";
import { allowlistSchema, isAllowed } from "../lib/allowlist";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-service-no-external-ips",
    title: "Services do not claim external IPs",
    description:
        "spec.externalIPs makes every node route traffic for those addresses to the Service; anyone allowed to create Services can use it to intercept traffic meant for other hosts (CVE-2020-8554).",
    severity: "high",
    service: "kubernetes",
    tags: ["exposure", "network"],
    remediation: "Remove `externalIPs` and expose the Service through a LoadBalancer or an Ingress; list intended exceptions in the rule's `allowedServices`.",
    defaultLevel: "advisory",
    configSchema: { properties: { allowedServices: allowlistSchema("Services allowed to set externalIPs") } },
    configDefaults: { allowedServices: [] },
    examples: {
        violating: [
            {
                description: "a Service claiming an external IP",
                resources: [
                    {
                        type: "kubernetes:core/v1:Service",
                        name: "web",
                        props: { spec: { selector: { app: "web" }, ports: [{ port: 80, targetPort: 8080 }], externalIPs: ["203.0.113.10"] } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a ClusterIP Service (put an Ingress in front of it)",
                resources: [
                    {
                        type: "kubernetes:core/v1:Service",
                        name: "web",
                        props: { spec: { type: "ClusterIP", selector: { app: "web" }, ports: [{ port: 80, targetPort: 8080 }] } },
                    },
                ],
            },
        ],
    },
    resourceType: "kubernetes:core/v1:Service",
    validate(props, ctx) {
        const ips = listOf(recordOf(props.spec).externalIPs);
        if (ips.length === 0 || isAllowed(ctx.config.allowedServices, ctx.name, props)) return;
        ctx.report({ message: `Service \`${ctx.name}\` claims ${ips.length} external IP address${ips.length === 1 ? "" : "es"}.`, propertyPath: "spec.externalIPs" });
    },
});
