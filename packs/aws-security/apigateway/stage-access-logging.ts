import { defineRule, knownOr, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/apigateway";
import type {} from "../../../src/types/aws/apigatewayv2";

export default defineRule({
    id: "apigateway-stage-access-logging",
    title: "API Gateway stages write access logs",
    description:
        "Access logs record who called each API stage, from where, and with what result. Without them there is no trail to investigate abuse, credential misuse or a data leak through the API.",
    severity: "medium",
    service: "apigateway",
    frameworks: {
        "aws-fsbp": ["APIGateway.9"],
        "nist-800-53-r5": ["AC-4", "AU-2", "AU-3", "AU-6", "AU-10", "AU-12", "CA-7", "SC-7", "SI-7"],
        "pci-dss-4.0": ["10.4.2"],
    },
    tags: ["logging"],
    remediation:
        "Add `accessLogSettings: { destinationArn: logGroup.arn, format: JSON.stringify({ requestId: \"$context.requestId\", ip: \"$context.identity.sourceIp\", status: \"$context.status\" }) }` pointing at a CloudWatch log group (or a Firehose stream named amazon-apigateway-...).",
    defaultLevel: "advisory",
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
    resourceType: ["aws:apigateway/stage:Stage", "aws:apigatewayv2/stage:Stage"],
    validate(props, ctx) {
        const settings = recordOf(props.accessLogSettings);
        // A destination that is only known after deployment is still a destination.
        const destination = knownOr(() => settings.destinationArn, "(unknown until deployed)");
        if (typeof destination === "string" && destination.trim() !== "") return;
        const kind = ctx.type === "aws:apigateway/stage:Stage" ? "REST API stage" : "API Gateway v2 stage";
        ctx.report({
            message: `${kind} \`${ctx.name}\` has no access log destination (accessLogSettings.destinationArn).`,
            propertyPath: "accessLogSettings",
        });
    },
});
