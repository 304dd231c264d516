import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./listener-uses-tls";

const listener = (props: MockProps<"aws:lb/listener:Listener">, type: "aws:lb/listener:Listener" | "aws:alb/listener:Listener" = "aws:lb/listener:Listener") =>
    mockResource(type, { loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/1", ...props }, { name: "web" });

const forward = [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1" }];
const toHttps = [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }];

const classic = (listeners: MockProps<"aws:elb/loadBalancer:LoadBalancer">["listeners"]) =>
    mockResource("aws:elb/loadBalancer:LoadBalancer", { listeners }, { name: "legacy" });

export const cases: RuleCase[] = [
    {
        name: "HTTP listener forwarding to targets",
        resources: listener({ protocol: "HTTP", port: 80, defaultActions: forward }),
        expect: { violations: [{ propertyPath: "protocol", messageIncludes: "plain HTTP on port 80" }] },
    },
    { name: "HTTP listener redirecting to HTTPS", resources: listener({ protocol: "HTTP", port: 80, defaultActions: toHttps }), expect: "pass" },
    {
        name: "HTTP redirect that keeps the protocol",
        resources: listener({ protocol: "HTTP", port: 80, defaultActions: [{ type: "redirect", redirect: { port: "8080", statusCode: "HTTP_302" } }] }),
        expect: { violations: ["protocol"] },
    },
    {
        name: "protocol unset with a port means HTTP",
        resources: listener({ port: 8080, defaultActions: forward }),
        expect: { violations: [{ propertyPath: "protocol", messageIncludes: "port 8080" }] },
    },
    { name: "Gateway Load Balancer listener (no port, no protocol)", resources: listener({ defaultActions: forward }), expect: "pass" },
    { name: "HTTPS listener", resources: listener({ protocol: "HTTPS", port: 443, certificateArn: "arn:cert", defaultActions: forward }), expect: "pass" },
    { name: "TLS listener", resources: listener({ protocol: "TLS", port: 443, certificateArn: "arn:cert", defaultActions: forward }), expect: "pass" },
    { name: "UDP listener cannot use TLS", resources: listener({ protocol: "UDP", port: 53, defaultActions: forward }), expect: "pass" },
    { name: "plain TCP listener", resources: listener({ protocol: "TCP", port: 5000, defaultActions: forward }), expect: { violations: [{ messageIncludes: "plain TCP on port 5000" }] } },
    {
        name: "plain TCP accepted by configuration",
        resources: listener({ protocol: "TCP", port: 5000, defaultActions: forward }),
        options: { config: { "elb-listener-uses-tls": { allowTcp: true } } },
        expect: "pass",
    },
    {
        name: "the aws.alb.Listener alias is checked too",
        resources: listener({ protocol: "HTTP", port: 80, defaultActions: forward }, "aws:alb/listener:Listener"),
        expect: { violations: ["protocol"] },
    },
    { name: "protocol unknown during preview", resources: listener({ protocol: unknown(), port: 80, defaultActions: forward }), expect: "skipped" },
    {
        name: "redirect target unknown during preview",
        resources: listener({ protocol: "HTTP", port: 80, defaultActions: [{ type: "redirect", redirect: { protocol: unknown(), statusCode: "HTTP_301" } }] }),
        expect: "skipped",
    },
    {
        name: "classic load balancer with an HTTP listener",
        resources: classic([
            { lbProtocol: "https", lbPort: 443, instanceProtocol: "http", instancePort: 8080, sslCertificateId: "arn:cert" },
            { lbProtocol: "http", lbPort: 80, instanceProtocol: "http", instancePort: 8080 },
        ]),
        expect: { violations: [{ propertyPath: "listeners[1].lbProtocol", messageIncludes: "Classic load balancer `legacy` accepts plain HTTP on port 80" }] },
    },
    {
        name: "classic load balancer with SSL only",
        resources: classic([{ lbProtocol: "ssl", lbPort: 443, instanceProtocol: "tcp", instancePort: 5000, sslCertificateId: "arn:cert" }]),
        expect: "pass",
    },
    { name: "classic listeners unknown during preview", resources: classic(unknown("array")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
