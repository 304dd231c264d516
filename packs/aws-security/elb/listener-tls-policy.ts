import { defineRule } from "../../../src";
import { LISTENER_TYPES, printablePolicyName, upper } from "../lib/ec2-load-balancers";
import type {} from "../../../src/types/aws/alb";
import type {} from "../../../src/types/aws/elb";
import type {} from "../../../src/types/aws/lb";

/** What the provider uses when `sslPolicy` is not set; it still accepts TLS 1.0 and 1.1. */
const PROVIDER_DEFAULT_POLICY = "ELBSecurityPolicy-2016-08";

/** A pattern where `*` matches any run of characters; compared without regard to case. */
function matches(pattern: string, policy: string): boolean {
    const source = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    return new RegExp(`^${source}$`, "i").test(policy);
}

export default defineRule({
    id: "elb-listener-tls-policy",
    title: "HTTPS and TLS listeners use a modern security policy",
    description:
        "A listener's security policy decides which TLS versions and ciphers clients may negotiate. Older policies still accept TLS 1.0/1.1 and weak ciphers, which let an attacker on the network downgrade and break the encryption.",
    severity: "medium",
    service: "elb",
    frameworks: {
        "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    },
    tags: ["encryption", "network"],
    remediation:
        'Set `sslPolicy` to a TLS 1.2+ policy such as "ELBSecurityPolicy-TLS13-1-2-2021-06" (or a TLS 1.3-only policy when every client supports it).',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowedPolicies: {
                type: "array",
                items: { type: "string" },
                description: "Security policy names accepted on HTTPS and TLS listeners; `*` matches any characters (e.g. ELBSecurityPolicy-TLS13-1-2-*).",
            },
        },
    },
    configDefaults: {
        allowedPolicies: [
            "ELBSecurityPolicy-TLS13-1-2-*",
            "ELBSecurityPolicy-TLS13-1-3-*",
            "ELBSecurityPolicy-TLS-1-2-*",
            "ELBSecurityPolicy-FS-1-2-*",
        ] as string[],
    },
    examples: {
        violating: [
            {
                description: "a 2016 policy that accepts TLS 1.0",
                resources: [
                    {
                        type: "aws:lb/listener:Listener",
                        name: "https",
                        props: {
                            loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/50dc6c495c0c9188",
                            port: 443,
                            protocol: "HTTPS",
                            certificateArn: "arn:aws:acm:eu-west-1:111122223333:certificate/1234abcd-12ab-34cd-56ef-1234567890ab",
                            sslPolicy: "ELBSecurityPolicy-2016-08",
                            defaultActions: [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/73e2d6bc24d8a067" }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a TLS 1.3 policy with TLS 1.2 fallback",
                resources: [
                    {
                        type: "aws:lb/listener:Listener",
                        name: "https",
                        props: {
                            loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/50dc6c495c0c9188",
                            port: 443,
                            protocol: "HTTPS",
                            certificateArn: "arn:aws:acm:eu-west-1:111122223333:certificate/1234abcd-12ab-34cd-56ef-1234567890ab",
                            sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
                            defaultActions: [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/73e2d6bc24d8a067" }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...LISTENER_TYPES],
    validate(props, ctx) {
        const protocol = upper(props.protocol);
        if (protocol !== "HTTPS" && protocol !== "TLS") return;
        const policy = props.sslPolicy;
        if (typeof policy !== "string" || policy.trim() === "") {
            ctx.report({
                message: `${protocol} listener \`${ctx.name}\` sets no sslPolicy, so it gets ${PROVIDER_DEFAULT_POLICY}, which still accepts TLS 1.0 and 1.1.`,
                propertyPath: "sslPolicy",
            });
            return;
        }
        if (ctx.config.allowedPolicies.some((pattern) => typeof pattern === "string" && matches(pattern, policy.trim()))) return;
        const shown = printablePolicyName(policy.trim());
        ctx.report({
            message: `${protocol} listener \`${ctx.name}\` uses ${shown ? `security policy "${shown}"` : "a security policy"}, which is not on the allowed list of modern policies.`,
            propertyPath: "sslPolicy",
        });
    },
});
