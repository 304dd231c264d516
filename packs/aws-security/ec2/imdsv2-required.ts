import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/ec2";

const KINDS: Readonly<Record<string, string>> = {
    "aws:ec2/instance:Instance": "Instance",
    "aws:ec2/launchTemplate:LaunchTemplate": "Launch template",
    "aws:ec2/launchConfiguration:LaunchConfiguration": "Launch configuration",
};

/**
 * A resource rule (its remediation is its most useful part, and stack rules cannot remediate).
 * An instance's own `metadataOptions.httpTokens` decides; without one, an instance launched
 * from a launch template takes the template's, and this rule judges that template itself, so
 * the instance is not blamed twice. An account-wide aws.ec2.InstanceMetadataDefaults cannot be
 * seen from one resource: `accountDefaultRequiresTokens` says it is there.
 */

export default defineRule({
    id: "ec2-imdsv2-required",
    title: "Instances, launch templates and launch configurations require IMDSv2",
    description:
        "The instance metadata service hands out the instance role's credentials. Version 1 answers any plain GET, so one server-side request forgery bug in an app is enough to steal them; IMDSv2 requires a session token that such requests cannot obtain. Launch templates and launch configurations are judged too, since every instance they start inherits their metadata settings.",
    severity: "high",
    service: "ec2",
    frameworks: {
        "cis-aws-3.0": ["5.6"],
        "aws-fsbp": ["EC2.8", "EC2.170", "AutoScaling.3"],
        "nist-800-53-r5": ["AC-3", "AC-6", "CM-2"],
    },
    tags: ["credentials"],
    remediation:
        'Set `metadataOptions.httpTokens` to "required" on the instance, launch template or launch configuration (and keep `httpPutResponseHopLimit` at 1, or 2 for containers), or set `metadataOptions.httpEndpoint` to "disabled" where nothing needs the metadata service.',
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            accountDefaultRequiresTokens: {
                type: "boolean",
                description:
                    'Treat an instance without its own metadataOptions.httpTokens (and no launch template) as requiring IMDSv2, because an aws.ec2.InstanceMetadataDefaults with httpTokens "required" covers every account and region you deploy to. An explicit "optional" is still reported; launch templates and launch configurations are judged as written.',
            },
        },
    },
    configDefaults: { accountDefaultRequiresTokens: false },
    examples: {
        violating: [{ resources: [{ type: "aws:ec2/instance:Instance", name: "app", props: { ami: "ami-0c1bea58988a989155", instanceType: "t3.micro", metadataOptions: { httpTokens: "optional" } } }] }],
        compliant: [{ resources: [{ type: "aws:ec2/instance:Instance", name: "app", props: { ami: "ami-0c1bea58988a989155", instanceType: "t3.micro", metadataOptions: { httpTokens: "required" } } }] }],
    },
    messages: {
        tokensOptional: '{{kind}} `{{name}}` accepts IMDSv1: metadataOptions.httpTokens is set to "{{httpTokens}}".',
        tokensUnset: "{{kind}} `{{name}}` accepts IMDSv1: metadataOptions.httpTokens is not set to a known value, so AWS may default to optional.",
    },
    resourceType: ["aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate", "aws:ec2/launchConfiguration:LaunchConfiguration"],
    validate(props, ctx) {
        const options = recordOf(props.metadataOptions);
        // With the endpoint switched off there is no metadata service to abuse.
        if (options.httpEndpoint === "disabled") return;
        if (options.httpTokens === "required") return;
        const { resource } = ctx;
        if (resource.type === "aws:ec2/instance:Instance" && options.httpTokens === undefined) {
            // Taken from the launch template, judged by this rule on its own.
            const template = recordOf(resource.props.launchTemplate);
            if (template.id !== undefined || template.name !== undefined) return;
            if (ctx.config.accountDefaultRequiresTokens) return;
        }
        const kind = KINDS[ctx.type] ?? "Resource";
        const propertyPath = "metadataOptions.httpTokens";
        // Only a short lowercase word is echoed: anything else may be free text.
        if (typeof options.httpTokens === "string" && /^[a-z]{1,20}$/.test(options.httpTokens)) {
            ctx.report({ messageId: "tokensOptional", data: { kind, name: ctx.name, httpTokens: options.httpTokens }, propertyPath });
        } else {
            ctx.report({ messageId: "tokensUnset", data: { kind, name: ctx.name }, propertyPath });
        }
    },
    remediate(props) {
        const options = props.metadataOptions;
        if (options !== null && typeof options === "object" && !Array.isArray(options)) options.httpTokens = "required";
        else props.metadataOptions = { httpTokens: "required" };
    },
});
