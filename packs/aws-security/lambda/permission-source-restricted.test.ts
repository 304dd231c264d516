import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./permission-source-restricted";

const permission = (props: Partial<MockProps<"aws:lambda/permission:Permission">>) =>
    mockResource("aws:lambda/permission:Permission", { function: "handler", action: "lambda:InvokeFunction", principal: "sns.amazonaws.com", ...props }, { name: "invoke" });

export const cases: RuleCase[] = [
    {
        name: "SNS may invoke with no source",
        resources: permission({}),
        expect: { violations: [{ messageId: "noSource", data: { name: "invoke", service: "sns.amazonaws.com" }, propertyPath: "sourceArn" }] },
    },
    { name: "EventBridge with an empty source ARN", resources: permission({ principal: "events.amazonaws.com", sourceArn: " " }), expect: { violations: [{ messageId: "noSource", propertyPath: "sourceArn" }] } },
    { name: "a regional service principal", resources: permission({ principal: "logs.eu-west-1.amazonaws.com" }), expect: { violations: ["sourceArn"] } },
    { name: "a China-partition service principal", resources: permission({ principal: "s3.amazonaws.com.cn" }), expect: { violations: ["sourceArn"] } },
    {
        name: "S3 with a bucket ARN only (names no account)",
        resources: permission({ principal: "s3.amazonaws.com", sourceArn: "arn:aws:s3:::uploads" }),
        expect: { violations: [{ messageId: "sourceArnWithoutAccount", data: { name: "invoke", service: "s3.amazonaws.com" }, propertyPath: "sourceAccount" }] },
    },
    { name: "S3 with bucket ARN and source account", resources: permission({ principal: "s3.amazonaws.com", sourceArn: "arn:aws:s3:::uploads", sourceAccount: "111122223333" }), expect: "pass" },
    { name: "SNS limited to one topic", resources: permission({ sourceArn: "arn:aws:sns:eu-west-1:111122223333:orders" }), expect: "pass" },
    { name: "API Gateway limited to one API (wildcard after the account)", resources: permission({ principal: "apigateway.amazonaws.com", sourceArn: "arn:aws:execute-api:eu-west-1:111122223333:abc123/*/*" }), expect: "pass" },
    { name: "a wildcard account in the source ARN does not limit", resources: permission({ sourceArn: "arn:aws:sns:eu-west-1:*:orders" }), expect: { violations: ["sourceAccount"] } },
    { name: "source account only", resources: permission({ principal: "events.amazonaws.com", sourceAccount: "111122223333" }), expect: "pass" },
    { name: 'principal "*" is lambda-permission-no-public-invoke\'s', resources: permission({ principal: "*" }), expect: "pass" },
    { name: "another account is not a service", resources: permission({ principal: "111122223333" }), expect: "pass" },
    { name: "source ARN unknown during preview, no source account", resources: permission({ sourceArn: unknown() }), expect: "skipped" },
    { name: "source ARN unknown during preview, known source account", resources: permission({ sourceArn: unknown(), sourceAccount: "111122223333" }), expect: "pass" },
    { name: "source account unknown, known source ARN naming an account", resources: permission({ sourceArn: "arn:aws:sns:eu-west-1:111122223333:orders", sourceAccount: unknown() }), expect: "pass" },
    { name: "principal unknown during preview", resources: permission({ principal: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
