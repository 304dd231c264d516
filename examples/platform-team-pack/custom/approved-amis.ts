import { defineRule } from "pulumi-guardrails";
import type {} from "pulumi-guardrails/types/aws/ec2";

/** Acme builds its own hardened images; instances must start from one of them. */
export default defineRule({
    id: "acme-approved-amis",
    title: "Instances use Acme's hardened images",
    description: "Acme's golden images carry the agents, patches and CIS hardening that audits expect. An instance started from any other image is outside patch management and monitoring.",
    severity: "high",
    service: "ec2",
    tags: ["acme"],
    remediation: "Use the latest image from the golden-image pipeline (`ami: acmeImages.latest`), or add the image to `approvedAmis` after the platform team has reviewed it.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            approvedAmis: { type: "array", items: { type: "string" }, description: "AMI ids built by the golden-image pipeline." },
        },
    },
    configDefaults: { approvedAmis: ["ami-0a1b2c3d4e5f60718", "ami-0f9e8d7c6b5a49382"] as string[] },
    resourceType: ["aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate"],
    validate(_props, ctx) {
        const { resource } = ctx;
        const ami = resource.type === "aws:ec2/instance:Instance" ? resource.props.ami : resource.props.imageId;
        if (ami === undefined) return; // a launch template may leave the image to its users
        if (typeof ami === "string" && ctx.config.approvedAmis.includes(ami)) return;
        ctx.report({
            message: `\`${ctx.name}\` starts from an image that is not one of Acme's golden images.`,
            propertyPath: ctx.type === "aws:ec2/instance:Instance" ? "ami" : "imageId",
        });
    },
});
