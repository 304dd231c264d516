import { defineRule, recordOf } from "../../../src";
import { CLASSIC_LOAD_BALANCER_TYPE, LOAD_BALANCER_TYPES, loadBalancerType } from "../lib/ec2-load-balancers";
import type {} from "../../../src/types/aws/alb";
import type {} from "../../../src/types/aws/elb";
import type {} from "../../../src/types/aws/lb";

/** A bucket name: a non-empty string (an empty one gives AWS nowhere to deliver). */
function hasBucket(bucket: unknown): boolean {
    return typeof bucket === "string" && bucket.trim() !== "";
}

export default defineRule({
    id: "elb-access-logs-enabled",
    title: "Load balancers write access logs",
    description:
        "Access logs record every request a load balancer receives: client address, path, status and latency. They are often the only record of an attack against an application, and they cannot be recovered for requests served while they were off.",
    severity: "medium",
    service: "elb",
    frameworks: {
        "aws-fsbp": ["ELB.5"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "CA-7"],
    },
    tags: ["logging"],
    remediation:
        "Set `accessLogs: { bucket: logBucket.bucket, enabled: true }` (the bucket policy must let Elastic Load Balancing write to it). For ELBv2, `enabled` defaults to false even when a bucket is given.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            includeNetworkLoadBalancers: {
                type: "boolean",
                description: "Also require access logs on Network Load Balancers (they log TLS listeners only).",
            },
        },
    },
    configDefaults: { includeNetworkLoadBalancers: false },
    examples: {
        violating: [
            {
                description: "an application load balancer without access logs",
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
                description: "access logs delivered to S3",
                resources: [
                    {
                        type: "aws:lb/loadBalancer:LoadBalancer",
                        name: "web",
                        props: {
                            loadBalancerType: "application",
                            subnets: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
                            securityGroups: ["sg-0a1b2c3d4e5f67890"],
                            accessLogs: { bucket: "acme-alb-logs", prefix: "web", enabled: true },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...LOAD_BALANCER_TYPES, CLASSIC_LOAD_BALANCER_TYPE],
    validate(_props, ctx) {
        const { resource } = ctx;
        const name = `\`${ctx.name}\``;
        const accessLogs = resource.props.accessLogs;
        if (resource.type === CLASSIC_LOAD_BALANCER_TYPE) {
            // On a Classic Load Balancer, an accessLogs block is enabled unless it says otherwise.
            if (accessLogs === undefined || accessLogs === null) {
                ctx.report({ message: `Classic load balancer ${name} has no access logs.`, propertyPath: "accessLogs" });
            } else if (recordOf(accessLogs).enabled === false) {
                ctx.report({ message: `Classic load balancer ${name} has access logs switched off.`, propertyPath: "accessLogs.enabled" });
            } else if (!hasBucket(recordOf(accessLogs).bucket)) {
                ctx.report({ message: `Classic load balancer ${name} has no bucket to write its access logs to (accessLogs.bucket is empty).`, propertyPath: "accessLogs.bucket" });
            }
            return;
        }

        const type = loadBalancerType(resource.props.loadBalancerType);
        if (type !== "application" && !(type === "network" && ctx.config.includeNetworkLoadBalancers)) return;
        const kind = type === "network" ? "Network load balancer" : "Application load balancer";
        if (accessLogs === undefined || accessLogs === null) {
            ctx.report({ message: `${kind} ${name} has no access logs.`, propertyPath: "accessLogs.enabled" });
        } else if (recordOf(accessLogs).enabled !== true) {
            ctx.report({
                message: `${kind} ${name} does not enable its access logs (accessLogs.enabled must be true; it defaults to false even with a bucket).`,
                propertyPath: "accessLogs.enabled",
            });
        } else if (!hasBucket(recordOf(accessLogs).bucket)) {
            ctx.report({
                message: `${kind} ${name} enables access logs without a bucket to write them to (accessLogs.bucket is empty).`,
                propertyPath: "accessLogs.bucket",
            });
        }
    },
});
