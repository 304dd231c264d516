import { defineRule, recordOf } from "../../../src";
import { allowlistSchema, isAllowed } from "../lib/allowlist";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-service-no-node-port",
    title: "Services are not exposed on node ports",
    description:
        "A NodePort Service opens the same port on every node, reachable by anything that can reach a node's address, and bypasses the ingress layer; network policies often do not cover node traffic.",
    severity: "medium",
    service: "kubernetes",
    tags: ["exposure", "network"],
    remediation: "Use a ClusterIP Service behind an Ingress or an internal load balancer; list intended NodePort Services in the rule's `allowedServices`.",
    defaultLevel: "advisory",
    configSchema: { properties: { allowedServices: allowlistSchema("Services allowed to be of type NodePort") } },
    configDefaults: { allowedServices: [] },
    examples: {
        violating: [
            {
                description: "a NodePort Service",
                resources: [
                    {
                        type: "kubernetes:core/v1:Service",
                        name: "web",
                        props: { spec: { type: "NodePort", selector: { app: "web" }, ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }] } },
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
        if (recordOf(props.spec).type !== "NodePort") return;
        if (isAllowed(ctx.config.allowedServices, ctx.name, props)) return;
        ctx.report({ message: `Service \`${ctx.name}\` is of type NodePort, open on every node's address.`, propertyPath: "spec.type" });
    },
});
