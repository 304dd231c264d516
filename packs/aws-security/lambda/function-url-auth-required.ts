import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/lambda";

export default defineRule({
    id: "lambda-function-url-auth-required",
    title: "Lambda function URLs require IAM auth",
    description:
        'A function URL with authorization type "NONE" is a public HTTPS endpoint: anyone who finds the URL can invoke the function, run up its cost and reach whatever its role can reach.',
    severity: "high",
    service: "lambda",
    tags: ["exposure"],
    remediation:
        'Set `authorizationType: "AWS_IAM"` and grant lambda:InvokeFunctionUrl to the callers that need it; to serve the public, put the function behind API Gateway or CloudFront with authentication, throttling and a WAF instead.',
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a public function URL",
                resources: [{ type: "aws:lambda/functionUrl:FunctionUrl", name: "orders-api", props: { functionName: "orders-api", authorizationType: "NONE" } }],
            },
        ],
        compliant: [
            {
                description: "a function URL that requires IAM auth",
                resources: [
                    { type: "aws:lambda/functionUrl:FunctionUrl", name: "orders-api", props: { functionName: "orders-api", authorizationType: "AWS_IAM" } },
                ],
            },
        ],
    },
    resourceType: "aws:lambda/functionUrl:FunctionUrl",
    validate(props, ctx) {
        if (props.authorizationType === "NONE") {
            ctx.report({
                message: `Function URL \`${ctx.name}\` has authorizationType "NONE", so anyone on the internet can invoke the function.`,
                propertyPath: "authorizationType",
            });
        }
    },
});
