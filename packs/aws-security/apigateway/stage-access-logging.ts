import { defineRule, knownOr, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/apigateway";

/** A non-empty string; an unknown value (a log group created in the same update) counts as one, and is noted. */
function isSet(read: () => unknown): boolean {
    const value = knownOr(read, "(unknown until deployed)");
    return typeof value === "string" && value.trim() !== "";
}

export default defineRule({
    id: "apigateway-stage-access-logging",
    title: "API Gateway REST API stages write access logs",
    description:
        "Access logs record who called each API stage, from where, and with what result. Without them there is no trail to investigate abuse, credential misuse or a data leak through the API. API Gateway writes nothing without both a destination and a log format. (HTTP and WebSocket API stages are judged by apigatewayv2-stage-access-logging.)",
    severity: "medium",
    service: "apigateway",
    frameworks: {
        "nist-800-53-r5": ["AC-4", "AU-2", "AU-3", "AU-6", "AU-10", "AU-12", "CA-7", "SC-7", "SI-7"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging"],
    remediation:
        "Add `accessLogSettings: { destinationArn: logGroup.arn, format: JSON.stringify({ requestId: \"$context.requestId\", ip: \"$context.identity.sourceIp\", status: \"$context.status\" }) }` pointing at a CloudWatch log group (or a Firehose stream named amazon-apigateway-...).",
    defaultLevel: "advisory",
    messages: {
        noDestination: "REST API stage `{{name}}` has no access log destination (accessLogSettings.destinationArn).",
        noFormat: "REST API stage `{{name}}` names an access log destination but no log format (accessLogSettings.format is empty), so nothing is written.",
    },
    examples: {
        violating: [
            {
                description: "a stage without access logs",
                resources: [{ type: "aws:apigateway/stage:Stage", name: "prod", props: { restApi: "a1b2c3d4e5", deployment: "k9l8m7", stageName: "prod" } }],
            },
        ],
        compliant: [
            {
                description: "a stage that logs to CloudWatch Logs",
                resources: [
                    {
                        type: "aws:apigateway/stage:Stage",
                        name: "prod",
                        props: {
                            restApi: "a1b2c3d4e5",
                            deployment: "k9l8m7",
                            stageName: "prod",
                            accessLogSettings: {
                                destinationArn: "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/apigateway/orders-api",
                                format: "$context.requestId $context.identity.sourceIp $context.httpMethod $context.resourcePath $context.status",
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:apigateway/stage:Stage",
    validate(props, ctx) {
        const settings = recordOf(props.accessLogSettings);
        if (!isSet(() => settings.destinationArn)) {
            ctx.report({ messageId: "noDestination", data: { name: ctx.name }, propertyPath: "accessLogSettings.destinationArn" });
        } else if (!isSet(() => settings.format)) {
            ctx.report({ messageId: "noFormat", data: { name: ctx.name }, propertyPath: "accessLogSettings.format" });
        }
    },
});
