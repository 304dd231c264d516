import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/ec2";

const INSTANCE = "aws:ec2/instance:Instance";
const DEFAULTS = "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults";

const KINDS: Readonly<Record<string, string>> = {
    [INSTANCE]: "Instance",
    "aws:ec2/launchTemplate:LaunchTemplate": "Launch template",
    "aws:ec2/launchConfiguration:LaunchConfiguration": "Launch configuration",
    [DEFAULTS]: "Instance metadata defaults",
};

/**
 * AWS's default hop limit is 1 for instances and launch configurations (2 for some AMIs and
 * container platforms), so an unset limit passes; so does -1 on InstanceMetadataDefaults
 * ("no preference"). The default maximum is 1, as AWS Config's ec2-token-hop-limit-check and
 * checkov's CKV_AWS_341; hosts running containers that need the metadata service (EKS nodes
 * with IMDSv2, ECS on EC2) configure 2.
 */
export default defineRule({
    id: "ec2-imds-hop-limit",
    title: "Instance metadata responses stay on the instance",
    description:
        "The hop limit of the metadata service's token responses decides how far they travel. At 1 they reach only the instance itself; above it, a container, a proxy or a forwarding workload on the host can fetch a token and with it the instance role's credentials. Keep the limit at 1, or at 2 on hosts whose containers need the metadata service.",
    severity: "medium",
    service: "ec2",
    tags: ["credentials"],
    remediation:
        "Set `metadataOptions.httpPutResponseHopLimit` to 1 on the instance, launch template or launch configuration (or `httpPutResponseHopLimit` on aws.ec2.InstanceMetadataDefaults), or raise this rule's `maxHopLimit` to 2 for container hosts that need it.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            maxHopLimit: { type: "integer", minimum: 1, maximum: 64, description: "The largest hop limit allowed: 1, or 2 for hosts whose containers reach the metadata service." },
        },
    },
    configDefaults: { maxHopLimit: 1 },
    messages: {
        hopLimitTooHigh: "{{kind}} `{{name}}` lets metadata token responses travel {{hops}} network hops, more than the {{max}} allowed, so workloads beyond the instance can obtain its credentials.",
    },
    examples: {
        violating: [
            {
                description: "a launch template whose tokens reach containers and beyond",
                resources: [
                    {
                        type: "aws:ec2/launchTemplate:LaunchTemplate",
                        name: "workers",
                        props: { imageId: "ami-0abcdef1234567890", metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 3 } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "tokens stay on the instance",
                resources: [
                    {
                        type: "aws:ec2/launchTemplate:LaunchTemplate",
                        name: "workers",
                        props: { imageId: "ami-0abcdef1234567890", metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 } },
                    },
                ],
            },
        ],
    },
    resourceType: [INSTANCE, "aws:ec2/launchTemplate:LaunchTemplate", "aws:ec2/launchConfiguration:LaunchConfiguration", DEFAULTS],
    validate(_props, ctx) {
        const { resource } = ctx;
        const options = resource.type === DEFAULTS ? recordOf(resource.props) : recordOf(resource.props.metadataOptions);
        // With the endpoint switched off there are no tokens to hand out.
        if (options.httpEndpoint === "disabled") return;
        const hops = options.httpPutResponseHopLimit;
        // Unset: AWS's default (1); -1 on InstanceMetadataDefaults: no preference.
        if (typeof hops !== "number" || !Number.isInteger(hops) || hops < 1) return;
        const max = ctx.config.maxHopLimit;
        if (hops <= max) return;
        ctx.report({
            messageId: "hopLimitTooHigh",
            data: { kind: KINDS[ctx.type] ?? "Resource", name: ctx.name, hops, max },
            propertyPath: resource.type === DEFAULTS ? "httpPutResponseHopLimit" : "metadataOptions.httpPutResponseHopLimit",
        });
    },
});
