import { defineRule, listOf, recordOf } from "../../../src";
import { allowlistSchema, isAllowed } from "../lib/allowlist";

export default defineRule<string, { allowedServices: string[] }>({
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
    resourceType: "kubernetes:core/v1:Service",
    validate(props, ctx) {
        const ips = listOf(recordOf(props.spec).externalIPs);
        if (ips.length === 0 || isAllowed(ctx.config.allowedServices, ctx.name, props)) return;
        ctx.report({ message: `Service \`${ctx.name}\` claims ${ips.length} external IP address${ips.length === 1 ? "" : "es"}.`, propertyPath: "spec.externalIPs" });
    },
});
