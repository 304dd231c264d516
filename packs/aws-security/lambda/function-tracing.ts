import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/lambda";

export default defineRule({
    id: "lambda-function-tracing",
    title: "Lambda functions trace requests with X-Ray",
    description:
        "Active tracing records each invocation and the calls it makes to other services, so an unusual caller, a slow dependency or an unexpected call path can be traced end to end. Without it (PassThrough, the default) a function only continues traces that its caller started.",
    severity: "low",
    service: "lambda",
    tags: ["monitoring"],
    remediation:
        'Set `tracingConfig: { mode: "Active" }` on the function and give its role the AWSXRayDaemonWriteAccess managed policy (or xray:PutTraceSegments and xray:PutTelemetryRecords).',
    defaultLevel: "advisory",
    messages: {
        notActive: "Lambda function `{{name}}` does not trace its invocations: tracingConfig.mode is {{mode}}.",
    },
    examples: {
        violating: [
            {
                description: "a function without active tracing",
                resources: [
                    {
                        type: "aws:lambda/function:Function",
                        name: "orders",
                        props: { role: "arn:aws:iam::111122223333:role/orders-lambda", runtime: "nodejs22.x", handler: "index.handler", code: "./dist" },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a function with active X-Ray tracing",
                resources: [
                    {
                        type: "aws:lambda/function:Function",
                        name: "orders",
                        props: {
                            role: "arn:aws:iam::111122223333:role/orders-lambda",
                            runtime: "nodejs22.x",
                            handler: "index.handler",
                            code: "./dist",
                            tracingConfig: { mode: "Active" },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:lambda/function:Function",
    validate(props, ctx) {
        const mode = props.tracingConfig?.mode;
        // The provider matches the mode without regard to case.
        if (typeof mode === "string" && mode.trim().toLowerCase() === "active") return;
        const shown =
            mode === undefined || mode === null || mode === ""
                ? 'not set (it defaults to "PassThrough")'
                : typeof mode === "string" && mode.trim().toLowerCase() === "passthrough"
                  ? '"PassThrough"'
                  : "not a recognised mode";
        ctx.report({ messageId: "notActive", data: { name: ctx.name, mode: shown }, propertyPath: "tracingConfig.mode" });
    },
    remediate(props) {
        if (props.tracingConfig) props.tracingConfig.mode = "Active";
        else props.tracingConfig = { mode: "Active" };
    },
});
