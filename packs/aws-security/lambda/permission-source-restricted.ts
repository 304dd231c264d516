import { defineRule, knownOr, peek } from "../../../src";
import { isServicePrincipal } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/lambda";

function isSetValue(value: unknown): value is string {
    return typeof value === "string" && value.trim() !== "";
}

/** The literal 12-digit account of an ARN, if it has one (`arn:aws:sns:*:111122223333:*` has; an S3 bucket ARN has none). */
function arnAccount(arn: string): string | undefined {
    const account = arn.split(":")[4];
    return account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
}

/**
 * A Lambda permission for an AWS service principal (`s3.amazonaws.com`, `sns.amazonaws.com`,
 * `events.amazonaws.com`, ...) must say which of *our* resources may invoke: services act for
 * every AWS customer, so without `sourceAccount`, or a `sourceArn` that names an account, any
 * account's bucket, topic or rule can trigger the function (the confused-deputy problem behind
 * Security Hub Lambda.1, which fails an S3 grant without aws:SourceAccount). A `sourceArn` that
 * names no account (an S3 bucket ARN) pins a bucket name, which anyone can register after it is
 * deleted, so it needs `sourceAccount` too. Principal "*" is lambda-permission-no-public-invoke's.
 */
export default defineRule({
    id: "lambda-permission-source-restricted",
    title: "Lambda permissions for AWS services name the source",
    description:
        "A permission that lets an AWS service (S3, SNS, EventBridge, API Gateway, ...) invoke a function without a source account or source ARN lets that service invoke it on behalf of any AWS account: anyone who learns the function's ARN can point their own bucket, topic or rule at it and trigger it with data they choose.",
    severity: "high",
    service: "lambda",
    frameworks: {
        "aws-fsbp": ["Lambda.1"],
        "nist-800-53-r5": ["AC-3", "AC-21"],
    },
    tags: ["exposure", "least-privilege"],
    remediation:
        "Set `sourceArn` to the ARN of the resource that invokes the function (e.g. `sourceArn: topic.arn`, `sourceArn: rule.arn`, `sourceArn: pulumi.interpolate`${api.executionArn}/*``) and, for S3, also `sourceAccount` to the bucket owner's account ID.",
    defaultLevel: "advisory",
    messages: {
        noSource: "Lambda permission `{{name}}` lets the service principal {{service}} invoke the function with neither sourceArn nor sourceAccount, so resources of any AWS account can trigger it.",
        sourceArnWithoutAccount: "Lambda permission `{{name}}` limits {{service}} by a sourceArn that names no account (as S3 bucket ARNs do) and sets no sourceAccount, so a same-named resource in another account could trigger it.",
    },
    examples: {
        violating: [
            {
                description: "any account's SNS topic may invoke the function",
                resources: [{ type: "aws:lambda/permission:Permission", name: "from-sns", props: { function: "notifier", action: "lambda:InvokeFunction", principal: "sns.amazonaws.com" } }],
            },
        ],
        compliant: [
            {
                description: "only one topic may invoke it",
                resources: [
                    {
                        type: "aws:lambda/permission:Permission",
                        name: "from-sns",
                        props: {
                            function: "notifier",
                            action: "lambda:InvokeFunction",
                            principal: "sns.amazonaws.com",
                            sourceArn: "arn:aws:sns:eu-west-1:111122223333:order-events",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:lambda/permission:Permission",
    validate(props, ctx) {
        const principal = props.principal;
        if (typeof principal !== "string" || !isServicePrincipal(principal)) return;
        // A known sourceAccount, or a known sourceArn naming an account, decides alone: peek first,
        // so an unknown value of the other field is not noted needlessly.
        const knownArn = peek(() => props.sourceArn);
        if (knownArn.known && isSetValue(knownArn.value) && arnAccount(knownArn.value) !== undefined) return;
        const knownAccount = peek(() => props.sourceAccount);
        if (knownAccount.known && isSetValue(knownAccount.value)) return;
        // Otherwise read them: an unknown one (preview) stops here with "could not judge".
        const sourceAccount = knownOr(() => props.sourceAccount, "(unknown until deployed)");
        if (isSetValue(sourceAccount)) return;
        const sourceArn = knownOr(() => props.sourceArn, "(unknown until deployed)");
        if (sourceArn === "(unknown until deployed)") return;
        const data = { name: ctx.name, service: principal.trim().toLowerCase() };
        if (!isSetValue(sourceArn)) {
            ctx.report({ messageId: "noSource", data, propertyPath: "sourceArn" });
        } else if (arnAccount(sourceArn) === undefined) {
            ctx.report({ messageId: "sourceArnWithoutAccount", data, propertyPath: "sourceAccount" });
        }
    },
});
