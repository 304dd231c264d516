import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/sfn";

export default defineRule({
    id: "sfn-state-machine-logging",
    title: "Step Functions state machines log their executions",
    description:
        "Execution logs show which states ran, with which input and what failed. Logging is off unless a level is set, and without it a failed or abused workflow leaves nothing to investigate.",
    severity: "medium",
    service: "sfn",
    frameworks: {
        "aws-fsbp": ["StepFunctions.1"],
        "nist-800-53-r5": ["AU-2", "AU-12"],
    },
    tags: ["logging"],
    remediation:
        'Set `loggingConfiguration: { level: "ERROR" (or "ALL"), logDestination: "<log group ARN>:*" }`, and let the state machine\'s role deliver logs to CloudWatch Logs.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumLevel: { type: "string", enum: ["FATAL", "ERROR", "ALL"], description: "The least detailed logging level accepted (FATAL < ERROR < ALL)." },
        },
    },
    configDefaults: { minimumLevel: "ERROR" },
    messages: {
        loggingOff: "State machine `{{name}}` does not log its executions: loggingConfiguration.level is {{state}}.",
        tooQuiet: 'State machine `{{name}}` logs only at level "{{level}}", below the required "{{minimum}}".',
    },
    examples: {
        violating: [
            {
                description: "a state machine without logging",
                resources: [{ type: "aws:sfn/stateMachine:StateMachine", name: "orders", props: { definition: "{}", roleArn: "arn:aws:iam::123456789012:role/sfn" } }],
            },
        ],
        compliant: [
            {
                description: "a state machine logging errors",
                resources: [
                    {
                        type: "aws:sfn/stateMachine:StateMachine",
                        name: "orders",
                        props: {
                            definition: "{}",
                            roleArn: "arn:aws:iam::123456789012:role/sfn",
                            loggingConfiguration: { level: "ERROR", includeExecutionData: false, logDestination: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/states/orders:*" },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:sfn/stateMachine:StateMachine",
    validate(props, ctx) {
        const level = props.loggingConfiguration?.level;
        const text = typeof level === "string" ? level.trim().toUpperCase() : undefined;
        if (text === undefined || text === "" || text === "OFF") {
            ctx.report({ messageId: "loggingOff", data: { name: ctx.name, state: text === "OFF" ? '"OFF"' : 'not set, and defaults to "OFF"' }, propertyPath: "loggingConfiguration.level" });
            return;
        }
        const order = ["FATAL", "ERROR", "ALL"];
        const minimum = ctx.config.minimumLevel;
        if (order.indexOf(text) < order.indexOf(minimum)) {
            ctx.report({ messageId: "tooQuiet", data: { name: ctx.name, level: text, minimum }, propertyPath: "loggingConfiguration.level" });
        }
    },
});
