import { defineRule } from "../../../src";
import { LOAD_BALANCER_TYPES, loadBalancerType } from "../lib/ec2-load-balancers";
import type {} from "../../../src/types/aws/alb";
import type {} from "../../../src/types/aws/elb";
import type {} from "../../../src/types/aws/lb";

export default defineRule({
    id: "elb-alb-drop-invalid-headers",
    title: "Application load balancers drop invalid HTTP headers",
    description:
        "By default an Application Load Balancer passes malformed header fields on to the targets, where servers that parse them differently can be tricked by HTTP desync (request smuggling) attacks. Dropping them at the load balancer removes that ambiguity.",
    severity: "medium",
    service: "elb",
    frameworks: {
        "aws-fsbp": ["ELB.4"],
        "nist-800-53-r5": ["SC-7(4)", "SC-8(2)"],
        "pci-dss-4.0": ["6.2.4"],
    },
    tags: ["network"],
    remediation: "Set `dropInvalidHeaderFields: true` on the load balancer.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "invalid headers passed to the targets",
                resources: [
                    {
                        type: "aws:lb/loadBalancer:LoadBalancer",
                        name: "web",
                        props: {
                            loadBalancerType: "application",
                            subnets: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
                            securityGroups: ["sg-0a1b2c3d4e5f67890"],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "invalid headers dropped",
                resources: [
                    {
                        type: "aws:lb/loadBalancer:LoadBalancer",
                        name: "web",
                        props: {
                            loadBalancerType: "application",
                            subnets: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
                            securityGroups: ["sg-0a1b2c3d4e5f67890"],
                            dropInvalidHeaderFields: true,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...LOAD_BALANCER_TYPES],
    validate(props, ctx) {
        if (loadBalancerType(props.loadBalancerType) !== "application") return;
        if (props.dropInvalidHeaderFields === true) return;
        const state = props.dropInvalidHeaderFields === false ? "is false" : "is not set (it defaults to false)";
        ctx.report({
            message: `Application load balancer \`${ctx.name}\` forwards invalid HTTP header fields to its targets: dropInvalidHeaderFields ${state}.`,
            propertyPath: "dropInvalidHeaderFields",
        });
    },
});
