import { defineRule, listOf, recordOf } from "../../../src";
import { isWorldCidr } from "../../shared/cidr";
import { allowlistSchema, isAllowed } from "../lib/allowlist";
import type {} from "../../../src/types/kubernetes/core";

/** Cloud annotations that make a LoadBalancer Service internal to the network. */
const INTERNAL_ANNOTATIONS: ReadonlyArray<readonly [string, (v: unknown) => boolean]> = [
    ["service.beta.kubernetes.io/aws-load-balancer-internal", (v) => v === "true" || v === "0.0.0.0/0"],
    ["service.beta.kubernetes.io/aws-load-balancer-scheme", (v) => v === "internal"],
    ["networking.gke.io/load-balancer-type", (v) => v === "Internal"],
    ["cloud.google.com/load-balancer-type", (v) => v === "Internal" || v === "internal"],
    ["service.beta.kubernetes.io/azure-load-balancer-internal", (v) => v === "true"],
    ["service.beta.kubernetes.io/oci-load-balancer-internal", (v) => v === "true"],
];

export default defineRule({
    id: "k8s-service-no-public-load-balancer",
    title: "Services are not exposed through a public load balancer",
    description:
        "A LoadBalancer Service asks the cloud for a load balancer that, unless marked internal or limited by source ranges, is reachable from the whole internet, often bypassing the ingress layer's TLS, authentication and rate limits.",
    severity: "medium",
    service: "kubernetes",
    tags: ["exposure", "network"],
    remediation:
        "Use a ClusterIP Service behind an Ingress, mark the load balancer internal with your cloud's annotation, or set `loadBalancerSourceRanges`; list intended public Services in the rule's `allowedServices`.",
    defaultLevel: "advisory",
    configSchema: { properties: { allowedServices: allowlistSchema("Services allowed to have a public load balancer") } },
    configDefaults: { allowedServices: [] },
    examples: {
        violating: [
            {
                description: "a public LoadBalancer Service",
                resources: [
                    {
                        type: "kubernetes:core/v1:Service",
                        name: "web",
                        props: { spec: { type: "LoadBalancer", selector: { app: "web" }, ports: [{ port: 80, targetPort: 8080 }] } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an internal load balancer",
                resources: [
                    {
                        type: "kubernetes:core/v1:Service",
                        name: "web",
                        props: {
                            metadata: { annotations: { "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal" } },
                            spec: { type: "LoadBalancer", selector: { app: "web" }, ports: [{ port: 80, targetPort: 8080 }] },
                        },
                    },
                ],
            },
            {
                description: "a load balancer limited to known source ranges",
                resources: [
                    {
                        type: "kubernetes:core/v1:Service",
                        name: "web",
                        props: {
                            spec: {
                                type: "LoadBalancer",
                                selector: { app: "web" },
                                ports: [{ port: 80, targetPort: 8080 }],
                                loadBalancerSourceRanges: ["203.0.113.0/24"],
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "kubernetes:core/v1:Service",
    validate(props, ctx) {
        const spec = recordOf(props.spec);
        if (spec.type !== "LoadBalancer") return;
        if (isAllowed(ctx.config.allowedServices, ctx.name, props)) return;
        const annotations = recordOf(recordOf(props.metadata).annotations);
        if (INTERNAL_ANNOTATIONS.some(([key, internal]) => key in annotations && internal(annotations[key]))) return;
        const ranges = listOf(spec.loadBalancerSourceRanges);
        if (ranges.length > 0 && !ranges.some(isWorldCidr)) return;
        ctx.report({
            message: `Service \`${ctx.name}\` is of type LoadBalancer, reachable from ${ranges.length > 0 ? "anywhere (0.0.0.0/0 in loadBalancerSourceRanges)" : "the internet (no internal annotation, no source ranges)"}.`,
            propertyPath: "spec.type",
        });
    },
});
