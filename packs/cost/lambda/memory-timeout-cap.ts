import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/lambda";

export default defineRule({
    id: "cost-lambda-memory-timeout-cap",
    title: "Lambda functions stay under memory and timeout caps",
    description:
        "Lambda bills memory times duration, so oversized memory multiplies the cost of every invocation, and a long timeout lets a hung call run (and bill) for up to 15 minutes. Caps catch settings copied from a heavyweight function.",
    severity: "low",
    service: "lambda",
    tags: ["cost"],
    remediation:
        "Size memory from measured use (AWS Lambda Power Tuning helps) and set `timeout` a little above the slowest expected run, e.g. `memorySize: 512, timeout: 30`; raise the caps in the policy configuration for functions that need more.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            maxMemoryMb: { type: "integer", minimum: 128, maximum: 10240, description: "Largest memorySize allowed, in MB." },
            maxTimeoutSeconds: { type: "integer", minimum: 1, maximum: 900, description: "Longest timeout allowed, in seconds." },
        },
    },
    configDefaults: { maxMemoryMb: 3008, maxTimeoutSeconds: 300 },
    examples: {
        violating: [
            {
                description: "10 GB and a 15 minute timeout",
                resources: [{ type: "aws:lambda/function:Function", name: "resize", props: { role: "arn:aws:iam::123456789012:role/resize", runtime: "nodejs20.x", handler: "index.handler", memorySize: 10240, timeout: 900 } }],
            },
        ],
        compliant: [
            {
                description: "sized for the job",
                resources: [{ type: "aws:lambda/function:Function", name: "resize", props: { role: "arn:aws:iam::123456789012:role/resize", runtime: "nodejs20.x", handler: "index.handler", memorySize: 1024, timeout: 60 } }],
            },
        ],
    },
    resourceType: "aws:lambda/function:Function",
    validate(props, ctx) {
        const memory = props.memorySize;
        if (typeof memory === "number" && memory > ctx.config.maxMemoryMb) {
            ctx.report({ message: `Function \`${ctx.name}\` has ${memory} MB of memory, above the ${ctx.config.maxMemoryMb} MB cap.`, propertyPath: "memorySize" });
        }
        const timeout = props.timeout;
        if (typeof timeout === "number" && timeout > ctx.config.maxTimeoutSeconds) {
            ctx.report({ message: `Function \`${ctx.name}\` has a ${timeout} s timeout, above the ${ctx.config.maxTimeoutSeconds} s cap.`, propertyPath: "timeout" });
        }
    },
});
