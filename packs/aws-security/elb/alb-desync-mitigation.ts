import { defineRule } from "../../../src";
import { LOAD_BALANCER_TYPES, loadBalancerType } from "../lib/ec2-load-balancers";
import type {} from "../../../src/types/aws/alb";
import type {} from "../../../src/types/aws/lb";

/** The modes that block ambiguous requests; "monitor" only records them. */
const PROTECTIVE = new Set(["defensive", "strictest"]);

export default defineRule({
    id: "elb-alb-desync-mitigation",
    title: "Application load balancers mitigate HTTP desync",
    description:
        "HTTP desync (request smuggling) exploits requests that the load balancer and the targets read differently, to poison caches or ride on other users' sessions. In defensive mode, the default, or strictest mode the load balancer blocks the ambiguous requests; monitor mode lets them through.",
    severity: "medium",
    service: "elb",
    frameworks: {
        "aws-fsbp": ["ELB.12"],
        "nist-800-53-r5": ["SC-8", "SI-10"],
    },
    tags: ["network"],
    remediation: 'Remove `desyncMitigationMode` (AWS uses "defensive") or set it to "defensive" or "strictest".',
    defaultLevel: "advisory",
    messages: {
        notMitigated: 'Application load balancer `{{name}}` lets HTTP desync requests through: desyncMitigationMode is {{mode}}, not "defensive" or "strictest".',
    },
    examples: {
        violating: [
            {
                description: "desync mitigation in monitor mode",
                resources: [
                    {
                        type: "aws:lb/loadBalancer:LoadBalancer",
                        name: "web",
                        props: {
                            loadBalancerType: "application",
                            subnets: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
                            securityGroups: ["sg-0a1b2c3d4e5f67890"],
                            desyncMitigationMode: "monitor",
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "strictest desync mitigation",
                resources: [
                    {
                        type: "aws:lb/loadBalancer:LoadBalancer",
                        name: "web",
                        props: {
                            loadBalancerType: "application",
                            subnets: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
                            securityGroups: ["sg-0a1b2c3d4e5f67890"],
                            desyncMitigationMode: "strictest",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...LOAD_BALANCER_TYPES],
    validate(props, ctx) {
        if (loadBalancerType(props.loadBalancerType) !== "application") return;
        const mode = props.desyncMitigationMode;
        // Unset (or empty), AWS applies "defensive".
        if (mode === undefined || mode === null || mode === "") return;
        const value = typeof mode === "string" ? mode.trim().toLowerCase() : undefined;
        if (value !== undefined && PROTECTIVE.has(value)) return;
        ctx.report({
            messageId: "notMitigated",
            data: { name: ctx.name, mode: value === "monitor" ? '"monitor"' : "not a recognised mode" },
            propertyPath: "desyncMitigationMode",
        });
    },
});
