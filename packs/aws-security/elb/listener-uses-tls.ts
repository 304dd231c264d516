import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { CLASSIC_LOAD_BALANCER_TYPE, LISTENER_TYPES, upper } from "../lib/ec2-load-balancers";
import type {} from "../../../src/types/aws/alb";
import type {} from "../../../src/types/aws/elb";
import type {} from "../../../src/types/aws/lb";

/** Listener protocols that carry TCP in the clear unless the application encrypts it itself. */
const PLAIN_TCP = new Set(["TCP", "TCP_UDP", "TCP_QUIC"]);

/** True when one of the default actions redirects to HTTPS (a redirect is a terminal action). */
function redirectsToHttps(actions: unknown): boolean {
    return listOf(actions).some((entry) => {
        const action = recordOf(entry);
        return upper(action.type) === "REDIRECT" && upper(recordOf(action.redirect).protocol) === "HTTPS";
    });
}

function onPort(port: unknown): string {
    return typeof port === "number" ? ` on port ${port}` : "";
}

export default defineRule({
    id: "elb-listener-uses-tls",
    title: "Load balancer listeners encrypt client traffic",
    description:
        "A listener that speaks plain HTTP or TCP sends requests, cookies and credentials across the network in the clear, where anyone on the path can read or change them. Clients should reach load balancers over HTTPS or TLS, with HTTP kept only to redirect them there.",
    severity: "medium",
    service: "elb",
    frameworks: {
        "aws-fsbp": ["ELB.1", "ELB.3", "ELB.18"],
        "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-23"],
        "pci-dss-4.0": ["4.2.1"],
    },
    tags: ["encryption", "network"],
    remediation:
        'Use protocol "HTTPS" (Application Load Balancer) or "TLS" (Network Load Balancer) with a certificateArn; keep an HTTP listener only with a default action of type "redirect" and redirect.protocol "HTTPS". On a Classic Load Balancer, set lbProtocol to "HTTPS" or "SSL".',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowTcp: {
                type: "boolean",
                description: "Accept plain TCP listeners (for example when targets terminate TLS themselves behind a Network Load Balancer).",
            },
        },
    },
    configDefaults: { allowTcp: false },
    examples: {
        violating: [
            {
                description: "plain HTTP forwarded to the targets",
                resources: [
                    {
                        type: "aws:lb/listener:Listener",
                        name: "http",
                        props: {
                            loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/50dc6c495c0c9188",
                            port: 80,
                            protocol: "HTTP",
                            defaultActions: [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/73e2d6bc24d8a067" }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "plain HTTP redirected to HTTPS",
                resources: [
                    {
                        type: "aws:lb/listener:Listener",
                        name: "http",
                        props: {
                            loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/50dc6c495c0c9188",
                            port: 80,
                            protocol: "HTTP",
                            defaultActions: [{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" } }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...LISTENER_TYPES, CLASSIC_LOAD_BALANCER_TYPE],
    validate(_props, ctx) {
        const { resource } = ctx;
        const name = `\`${ctx.name}\``;
        if (resource.type === CLASSIC_LOAD_BALANCER_TYPE) {
            listOf(resource.props.listeners).forEach((entry, index) => {
                const listener = recordOf(entry);
                const protocol = upper(listener.lbProtocol);
                if (protocol === "HTTP" || (protocol === "TCP" && !ctx.config.allowTcp)) {
                    ctx.report({
                        message: `Classic load balancer ${name} accepts plain ${protocol}${onPort(listener.lbPort)} in listeners[${index}].`,
                        propertyPath: propertyPath("listeners", index, "lbProtocol"),
                    });
                }
            });
            return;
        }

        const listener = resource.props;
        let protocol = upper(listener.protocol);
        if (listener.protocol === undefined || listener.protocol === null) {
            // Gateway Load Balancer listeners have neither port nor protocol; otherwise HTTP is the default.
            if (listener.port === undefined || listener.port === null) return;
            protocol = "HTTP";
        }
        if (protocol === "HTTP") {
            if (redirectsToHttps(listener.defaultActions)) return;
            ctx.report({
                message: `Listener ${name} serves plain HTTP${onPort(listener.port)} instead of redirecting to HTTPS.`,
                propertyPath: "protocol",
            });
        } else if (protocol !== undefined && PLAIN_TCP.has(protocol) && !ctx.config.allowTcp) {
            ctx.report({
                message: `Listener ${name} accepts plain ${protocol}${onPort(listener.port)}; use TLS so the load balancer encrypts client traffic.`,
                propertyPath: "protocol",
            });
        }
    },
});
