import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/ec2";

export default defineRule({
    id: "ec2-imdsv2-required",
    title: "Instances require IMDSv2",
    description:
        "The instance metadata service hands out the instance role's credentials. Version 1 answers any plain GET, so one server-side request forgery bug in an app is enough to steal them; IMDSv2 requires a session token that such requests cannot obtain.",
    severity: "high",
    service: "ec2",
    frameworks: {
        "cis-aws-3.0": ["5.6"],
        "aws-fsbp": ["EC2.8"],
        "nist-800-53-r5": ["AC-3", "AC-6", "CM-2"],
    },
    tags: ["credentials"],
    remediation: 'Set `metadataOptions.httpTokens` to "required" (and keep `httpPutResponseHopLimit` at 1 or 2 for containers).',
    defaultLevel: "mandatory",
    examples: {
        violating: [{ resources: [{ type: "aws:ec2/instance:Instance", name: "app", props: { ami: "ami-0c1bea58988a989155", instanceType: "t3.micro", metadataOptions: { httpTokens: "optional" } } }] }],
        compliant: [{ resources: [{ type: "aws:ec2/instance:Instance", name: "app", props: { ami: "ami-0c1bea58988a989155", instanceType: "t3.micro", metadataOptions: { httpTokens: "required" } } }] }],
    },
    messages: {
        tokensOptional: '{{kind}} `{{name}}` accepts IMDSv1: metadataOptions.httpTokens is set to "{{httpTokens}}".',
        tokensUnset: "{{kind}} `{{name}}` accepts IMDSv1: metadataOptions.httpTokens is not set to a known value, so AWS may default to optional.",
    },
    resourceType: ["aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate"],
    validate(props, ctx) {
        const options = recordOf(props.metadataOptions);
        // With the endpoint switched off there is no metadata service to abuse.
        if (options.httpEndpoint === "disabled") return;
        if (options.httpTokens === "required") return;
        const kind = ctx.type === "aws:ec2/instance:Instance" ? "Instance" : "Launch template";
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
