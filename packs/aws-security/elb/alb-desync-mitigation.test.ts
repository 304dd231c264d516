import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./alb-desync-mitigation";

type Props = MockProps<"aws:lb/loadBalancer:LoadBalancer">;
const lb = (props: Props, type: "aws:lb/loadBalancer:LoadBalancer" | "aws:alb/loadBalancer:LoadBalancer" = "aws:lb/loadBalancer:LoadBalancer") =>
    mockResource(type, { subnets: ["subnet-1", "subnet-2"], ...props }, { name: "web" });

export const cases: RuleCase[] = [
    {
        name: "monitor mode",
        resources: lb({ desyncMitigationMode: "monitor" }),
        expect: { violations: [{ messageId: "notMitigated", data: { name: "web", mode: '"monitor"' }, propertyPath: "desyncMitigationMode" }] },
    },
    { name: "monitor mode on the aws.alb alias", resources: lb({ loadBalancerType: "application", desyncMitigationMode: "monitor" }, "aws:alb/loadBalancer:LoadBalancer"), expect: { violations: ["desyncMitigationMode"] } },
    {
        name: "an odd value is not echoed",
        resources: lb({ desyncMitigationMode: "off; please" }),
        expect: { violations: [{ messageId: "notMitigated", data: { name: "web", mode: "not a recognised mode" } }] },
    },
    { name: "not set: AWS uses defensive", resources: lb({}), expect: "pass" },
    { name: "defensive", resources: lb({ desyncMitigationMode: "defensive" }), expect: "pass" },
    { name: "strictest", resources: lb({ desyncMitigationMode: "strictest" }, "aws:alb/loadBalancer:LoadBalancer"), expect: "pass" },
    { name: "network load balancers do not parse HTTP", resources: lb({ loadBalancerType: "network", desyncMitigationMode: "monitor" }), expect: "pass" },
    { name: "unknown during preview", resources: lb({ desyncMitigationMode: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
