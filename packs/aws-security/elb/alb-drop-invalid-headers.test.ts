import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./alb-drop-invalid-headers";

const lb = (props: MockProps<"aws:lb/loadBalancer:LoadBalancer">, type: "aws:lb/loadBalancer:LoadBalancer" | "aws:alb/loadBalancer:LoadBalancer" = "aws:lb/loadBalancer:LoadBalancer") =>
    mockResource(type, { subnets: ["subnet-1", "subnet-2"], ...props }, { name: "web" });

export const cases: RuleCase[] = [
    { name: "not set", resources: lb({}), expect: { violations: [{ propertyPath: "dropInvalidHeaderFields", messageIncludes: "defaults to false" }] } },
    {
        name: "explicitly false on the aws.alb alias",
        resources: lb({ dropInvalidHeaderFields: false }, "aws:alb/loadBalancer:LoadBalancer"),
        expect: { violations: [{ propertyPath: "dropInvalidHeaderFields", messageIncludes: "is false" }] },
    },
    { name: "enabled", resources: lb({ loadBalancerType: "application", dropInvalidHeaderFields: true }), expect: "pass" },
    { name: "network load balancers do not parse HTTP", resources: lb({ loadBalancerType: "network" }), expect: "pass" },
    { name: "unknown during preview", resources: lb({ dropInvalidHeaderFields: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
