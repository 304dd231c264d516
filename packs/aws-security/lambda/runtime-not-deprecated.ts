import { defineRule } from "../../../src";
import { deprecatedBy, RUNTIMES_CHECKED_ON } from "../lib/lambda-runtimes";
import type {} from "../../../src/types/aws/lambda";

export default defineRule({
    id: "lambda-runtime-not-deprecated",
    title: "Lambda functions use supported runtimes",
    description:
        "Once AWS deprecates a Lambda runtime it stops patching the language runtime and operating system under the function, and soon after blocks creating and updating functions on it, so a fix can no longer be deployed in a hurry.",
    severity: "medium",
    service: "lambda",
    frameworks: { "aws-fsbp": ["Lambda.2"] },
    tags: ["patching"],
    remediation:
        `Move the function to a supported runtime of the same language (e.g. \`runtime: "nodejs22.x"\` or \`runtime: "python3.13"\`) and test it there; see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html (dates in this pack checked on ${RUNTIMES_CHECKED_ON}).`,
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            daysAhead: {
                type: "number",
                minimum: 0,
                description: "Also report runtimes whose deprecation date falls within this many days from now.",
            },
        },
    },
    configDefaults: { daysAhead: 0 },
    examples: {
        violating: [
            {
                description: "a function on Python 3.8 (deprecated in 2024)",
                resources: [
                    {
                        type: "aws:lambda/function:Function",
                        name: "orders-api",
                        props: {
                            role: "arn:aws:iam::111122223333:role/orders-api",
                            runtime: "python3.8",
                            handler: "app.handler",
                            s3Bucket: "acme-lambda-artifacts",
                            s3Key: "orders-api/1.4.2.zip",
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a function on Python 3.13",
                resources: [
                    {
                        type: "aws:lambda/function:Function",
                        name: "orders-api",
                        props: {
                            role: "arn:aws:iam::111122223333:role/orders-api",
                            runtime: "python3.13",
                            handler: "app.handler",
                            s3Bucket: "acme-lambda-artifacts",
                            s3Key: "orders-api/1.4.2.zip",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:lambda/function:Function",
    validate(props, ctx) {
        // Container-image functions bring their own runtime; there is nothing to judge here.
        if (props.packageType === "Image") return;
        const now = new Date();
        const date = deprecatedBy(props.runtime, now, ctx.config.daysAhead);
        if (date === undefined) return;
        const runtime = String(props.runtime);
        const when = Date.parse(`${date}T00:00:00Z`) <= now.getTime() ? `was deprecated on ${date}` : `will be deprecated on ${date}`;
        ctx.report({
            message: `Function \`${ctx.name}\` uses the Lambda runtime "${runtime}", which ${when}.`,
            propertyPath: "runtime",
        });
    },
});
