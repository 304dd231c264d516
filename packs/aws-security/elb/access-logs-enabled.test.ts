import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./access-logs-enabled";

const lb = (props: MockProps<"aws:lb/loadBalancer:LoadBalancer">, type: "aws:lb/loadBalancer:LoadBalancer" | "aws:alb/loadBalancer:LoadBalancer" = "aws:lb/loadBalancer:LoadBalancer") =>
    mockResource(type, { subnets: ["subnet-1", "subnet-2"], ...props }, { name: "web" });
const classic = (props: MockProps<"aws:elb/loadBalancer:LoadBalancer">) =>
    mockResource("aws:elb/loadBalancer:LoadBalancer", { listeners: [], ...props }, { name: "legacy" });

export const cases: RuleCase[] = [
    { name: "ALB without access logs", resources: lb({}), expect: { violations: [{ propertyPath: "accessLogs.enabled", messageIncludes: "no access logs" }] } },
    {
        name: "ALB with a bucket but enabled unset (defaults to false)",
        resources: lb({ loadBalancerType: "application", accessLogs: { bucket: "lb-logs" } }),
        expect: { violations: [{ propertyPath: "accessLogs.enabled", messageIncludes: "defaults to false" }] },
    },
    { name: "ALB with access logs", resources: lb({ accessLogs: { bucket: "lb-logs", enabled: true } }), expect: "pass" },
    { name: "the aws.alb alias with access logs", resources: lb({ accessLogs: { bucket: "lb-logs", enabled: true } }, "aws:alb/loadBalancer:LoadBalancer"), expect: "pass" },
    { name: "ALB access logs unknown during preview", resources: lb({ accessLogs: { bucket: "lb-logs", enabled: unknown("boolean") } }), expect: "skipped" },
    { name: "NLB is not checked by default", resources: lb({ loadBalancerType: "network" }), expect: "pass" },
    {
        name: "NLB is checked when configured",
        resources: lb({ loadBalancerType: "network" }),
        options: { config: { "elb-access-logs-enabled": { includeNetworkLoadBalancers: true } } },
        expect: { violations: [{ messageIncludes: "Network load balancer" }] },
    },
    { name: "Gateway load balancers have no access logs", resources: lb({ loadBalancerType: "gateway" }), expect: "pass" },
    { name: "classic without access logs", resources: classic({}), expect: { violations: [{ propertyPath: "accessLogs", messageIncludes: "Classic load balancer `legacy`" }] } },
    { name: "classic with logs switched off", resources: classic({ accessLogs: { bucket: "lb-logs", enabled: false } }), expect: { violations: ["accessLogs.enabled"] } },
    {
        name: "ALB enabled with an empty bucket",
        resources: lb({ accessLogs: { bucket: "", enabled: true } }),
        expect: { violations: [{ propertyPath: "accessLogs.bucket", messageIncludes: "without a bucket" }] },
    },
    { name: "ALB log bucket unknown during preview", resources: lb({ accessLogs: { bucket: unknown(), enabled: true } }), expect: "skipped" },
    { name: "ALB with logs switched off explicitly", resources: lb({ accessLogs: { bucket: "lb-logs", enabled: false } }), expect: { violations: ["accessLogs.enabled"] } },
    { name: "the aws.alb alias without access logs", resources: lb({}, "aws:alb/loadBalancer:LoadBalancer"), expect: { violations: ["accessLogs.enabled"] } },
    { name: "classic with an empty bucket", resources: classic({ accessLogs: { bucket: " " } }), expect: { violations: [{ propertyPath: "accessLogs.bucket" }] } },
    { name: "classic log bucket unknown during preview", resources: classic({ accessLogs: { bucket: unknown() } }), expect: "skipped" },
    { name: "classic with a log bucket (enabled by default)", resources: classic({ accessLogs: { bucket: "lb-logs", interval: 60 } }), expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
