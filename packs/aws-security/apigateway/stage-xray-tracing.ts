import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/apigateway";

export default defineRule({
    id: "apigateway-stage-xray-tracing",
    title: "API Gateway REST API stages trace requests with X-Ray",
    description:
        "X-Ray tracing follows each request from the REST API stage through the services behind it, which shows where latency, errors and unexpected downstream calls come from. A stage traces nothing unless tracing is switched on.",
    severity: "low",
    service: "apigateway",
    frameworks: {
        "aws-fsbp": ["APIGateway.3"],
        "nist-800-53-r5": ["CA-7"],
    },
    tags: ["monitoring"],
    remediation: "Set `xrayTracingEnabled: true` on the aws.apigateway.Stage (it defaults to false).",
    defaultLevel: "advisory",
    messages: {
        notTraced: "REST API stage `{{name}}` does not trace requests with X-Ray: xrayTracingEnabled {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "a stage without X-Ray tracing",
                resources: [{ type: "aws:apigateway/stage:Stage", name: "prod", props: { restApi: "a1b2c3d4e5", deployment: "k9l8m7", stageName: "prod" } }],
            },
        ],
        compliant: [
            {
                description: "a stage with X-Ray tracing",
                resources: [
                    { type: "aws:apigateway/stage:Stage", name: "prod", props: { restApi: "a1b2c3d4e5", deployment: "k9l8m7", stageName: "prod", xrayTracingEnabled: true } },
                ],
            },
        ],
    },
    resourceType: "aws:apigateway/stage:Stage",
    validate(props, ctx) {
        const flag = props.xrayTracingEnabled;
        if (flag === true) return;
        ctx.report({
            messageId: "notTraced",
            data: { name: ctx.name, state: flag === undefined || flag === null ? "is not set (it defaults to false)" : "is not true" },
            propertyPath: "xrayTracingEnabled",
        });
    },
    remediate(props) {
        props.xrayTracingEnabled = true;
    },
});
