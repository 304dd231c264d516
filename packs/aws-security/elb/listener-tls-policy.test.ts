import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./listener-tls-policy";

const listener = (props: MockProps<"aws:lb/listener:Listener">, type: "aws:lb/listener:Listener" | "aws:alb/listener:Listener" = "aws:lb/listener:Listener") =>
    mockResource(
        type,
        { loadBalancerArn: "arn:lb", certificateArn: "arn:cert", port: 443, defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }], ...props },
        { name: "web-https" },
    );

export const cases: RuleCase[] = [
    {
        name: "an old policy",
        resources: listener({ protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-2016-08" }),
        expect: { violations: [{ propertyPath: "sslPolicy", messageIncludes: '"ELBSecurityPolicy-2016-08"' }] },
    },
    {
        name: "a TLS 1.1 policy on a TLS listener",
        resources: listener({ protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS13-1-1-2021-06" }),
        expect: { violations: [{ propertyPath: "sslPolicy", messageIncludes: "TLS listener" }] },
    },
    {
        name: "no policy set",
        resources: listener({ protocol: "HTTPS" }),
        expect: { violations: [{ propertyPath: "sslPolicy", messageIncludes: "sets no sslPolicy" }] },
    },
    { name: "the recommended TLS 1.3/1.2 policy", resources: listener({ protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" }), expect: "pass" },
    { name: "a TLS 1.2 FIPS variant", resources: listener({ protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04" }), expect: "pass" },
    { name: "a TLS 1.2-only policy", resources: listener({ protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS-1-2-Ext-2018-06" }), expect: "pass" },
    { name: "a TLS 1.3-only policy", resources: listener({ protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS13-1-3-2021-06" }), expect: "pass" },
    { name: "HTTP listeners have no policy to check", resources: listener({ protocol: "HTTP", port: 80 }), expect: "pass" },
    { name: "policy unknown during preview", resources: listener({ protocol: "HTTPS", sslPolicy: unknown() }), expect: "skipped" },
    {
        name: "a narrower allow-list from configuration",
        resources: listener({ protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS-1-2-2017-01" }, "aws:alb/listener:Listener"),
        options: { config: { "elb-listener-tls-policy": { allowedPolicies: ["ELBSecurityPolicy-TLS13-1-3-*"] } } },
        expect: { violations: ["sslPolicy"] },
    },
    {
        name: "an odd policy value is not echoed",
        resources: listener({ protocol: "HTTPS", sslPolicy: "my policy; with spaces" }),
        expect: { violations: [{ propertyPath: "sslPolicy", messageIncludes: "uses a security policy," }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
