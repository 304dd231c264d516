import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./load-balancer-deletion-protection";

type Props = MockProps<"aws:lb/loadBalancer:LoadBalancer">;
const lb = (props: Props, type: "aws:lb/loadBalancer:LoadBalancer" | "aws:alb/loadBalancer:LoadBalancer" = "aws:lb/loadBalancer:LoadBalancer") =>
    mockResource(type, { subnets: ["subnet-1", "subnet-2"], ...props }, { name: "web" });

export const cases: RuleCase[] = [
    {
        name: "not set (defaults to false)",
        resources: lb({}),
        expect: {
            violations: [
                {
                    messageId: "unprotected",
                    data: { kind: "Application load balancer", name: "web", state: "is not set (it defaults to false)" },
                    propertyPath: "enableDeletionProtection",
                },
            ],
        },
    },
    {
        name: "explicitly false on a network load balancer",
        resources: lb({ loadBalancerType: "network", enableDeletionProtection: false }),
        expect: { violations: [{ messageId: "unprotected", data: { kind: "Network load balancer", name: "web", state: "is not true" } }] },
    },
    { name: "gateway load balancers too", resources: lb({ loadBalancerType: "gateway" }), expect: { violations: [{ messageIncludes: "Gateway load balancer" }] } },
    { name: "the aws.alb alias is judged", resources: lb({}, "aws:alb/loadBalancer:LoadBalancer"), expect: { violations: ["enableDeletionProtection"] } },
    { name: "protected", resources: lb({ enableDeletionProtection: true }), expect: "pass" },
    { name: "protected alias", resources: lb({ enableDeletionProtection: true }, "aws:alb/loadBalancer:LoadBalancer"), expect: "pass" },
    { name: "unknown during preview", resources: lb({ enableDeletionProtection: unknown("boolean") }), expect: "skipped" },
    { name: "remediation turns it on", resources: lb({}), expect: { remediated: { enableDeletionProtection: true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
