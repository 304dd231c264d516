import { defineRule } from "../../../src";
import { LOAD_BALANCER_TYPES, loadBalancerType } from "../lib/ec2-load-balancers";
import type {} from "../../../src/types/aws/alb";
import type {} from "../../../src/types/aws/lb";

const KINDS: Record<string, string> = {
    application: "Application load balancer",
    network: "Network load balancer",
    gateway: "Gateway load balancer",
};

export default defineRule({
    id: "elb-load-balancer-deletion-protection",
    title: "Load balancers have deletion protection",
    description:
        "A load balancer is the front door of an application: deleting it, by a mistaken change, a replaced stack or a compromised credential, takes the service offline at once and gives it a new DNS name. Deletion protection makes the API refuse to delete it until the flag is turned off on purpose.",
    severity: "medium",
    service: "elb",
    frameworks: {
        "aws-fsbp": ["ELB.6"],
        "nist-800-53-r5": ["CM-3", "SC-5"],
    },
    tags: ["resilience"],
    remediation: "Set `enableDeletionProtection: true` on the aws.lb.LoadBalancer (it defaults to false); turn it off in a separate change before deleting the load balancer on purpose.",
    defaultLevel: "advisory",
    messages: {
        unprotected: "{{kind}} `{{name}}` can be deleted by any API call: enableDeletionProtection {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "a load balancer without deletion protection",
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
                description: "a load balancer with deletion protection",
                resources: [
                    {
                        type: "aws:lb/loadBalancer:LoadBalancer",
                        name: "web",
                        props: {
                            loadBalancerType: "application",
                            subnets: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
                            securityGroups: ["sg-0a1b2c3d4e5f67890"],
                            enableDeletionProtection: true,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...LOAD_BALANCER_TYPES],
    validate(props, ctx) {
        const flag = props.enableDeletionProtection;
        if (flag === true) return;
        const kind = KINDS[loadBalancerType(props.loadBalancerType)] ?? "Load balancer";
        ctx.report({
            messageId: "unprotected",
            data: { kind, name: ctx.name, state: flag === undefined || flag === null ? "is not set (it defaults to false)" : "is not true" },
            propertyPath: "enableDeletionProtection",
        });
    },
    remediate(props) {
        props.enableDeletionProtection = true;
    },
});
