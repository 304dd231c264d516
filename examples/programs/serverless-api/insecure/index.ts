import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// An orders API thrown together for a demo and promoted to production: the functions run with an
// administrator policy, one of them is published on an unauthenticated function URL, the queue
// accepts messages from anyone, a "partner" role can be assumed by every AWS account, and CI
// deploys with a long-lived access key that may pass any role.
const config = new pulumi.Config();
const awsConfig = new pulumi.Config("aws");
const region = awsConfig.require("region");
const appName = config.require("appName");
const accountId = config.require("accountId");

const handlerCode = new pulumi.asset.AssetArchive({
    "index.js": new pulumi.asset.StringAsset(
        [
            "const { DynamoDBClient, PutItemCommand, ScanCommand } = require('@aws-sdk/client-dynamodb');",
            "const db = new DynamoDBClient({});",
            "exports.handler = async (event) => {",
            "  if (event.requestContext?.http?.method === 'POST') {",
            "    const order = JSON.parse(event.body || '{}');",
            "    await db.send(new PutItemCommand({ TableName: process.env.TABLE_NAME, Item: { orderId: { S: order.id } } }));",
            "    return { statusCode: 201, body: JSON.stringify({ id: order.id }) };",
            "  }",
            "  const { Items } = await db.send(new ScanCommand({ TableName: process.env.TABLE_NAME }));",
            "  return { statusCode: 200, body: JSON.stringify(Items) };",
            "};",
        ].join("\n"),
    ),
});

const workerCode = new pulumi.asset.AssetArchive({
    "index.js": new pulumi.asset.StringAsset("exports.handler = async (event) => { console.log(JSON.stringify(event)); };"),
});

// ---------------------------------------------------------------- storage and messaging

const table = new aws.dynamodb.Table("orders", {
    name: `${appName}-orders`,
    billingMode: "PROVISIONED",
    readCapacity: 50,
    writeCapacity: 50,
    hashKey: "orderId",
    attributes: [{ name: "orderId", type: "S" }],
});

const queueName = `${appName}-fulfilment`;
const queue = new aws.sqs.Queue("fulfilment", {
    name: queueName,
    sqsManagedSseEnabled: false,
    visibilityTimeoutSeconds: 60,
});

// "The warehouse system could not get its credentials working, so we opened the queue."
new aws.sqs.QueuePolicy("fulfilment-policy", {
    queueUrl: queue.url,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: "*",
                Action: ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage"],
                Resource: `arn:aws:sqs:${region}:${accountId}:${queueName}`,
            },
        ],
    }),
});

// ---------------------------------------------------------------- IAM

const lambdaRole = new aws.iam.Role("lambda-role", {
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
    }),
});

// One policy for every function, so nothing ever fails with AccessDenied.
new aws.iam.RolePolicy("lambda-admin", {
    role: lambdaRole.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
    }),
});

// A role for the partner's integration, trusting every AWS account.
const partnerRole = new aws.iam.Role("partner-role", {
    maxSessionDuration: 43200,
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }],
    }),
});
new aws.iam.RolePolicy("partner-access", {
    role: partnerRole.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: ["sqs:*", "dynamodb:*"], Resource: "*" }],
    }),
});

// CI deploys with an IAM user's access key and may pass any role to anything.
const ciUser = new aws.iam.User("ci-deployer", { name: `${appName}-ci` });
new aws.iam.AccessKey("ci-deployer-key", { user: ciUser.name });
const deployPolicy = new aws.iam.Policy("deploy-policy", {
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            { Effect: "Allow", Action: ["lambda:*", "apigateway:*"], Resource: "*" },
            { Effect: "Allow", Action: "iam:PassRole", Resource: "*" },
        ],
    }),
});
new aws.iam.UserPolicyAttachment("ci-deployer-policy", { user: ciUser.name, policyArn: deployPolicy.arn });

// ---------------------------------------------------------------- functions

const api = new aws.lambda.Function("api-handler", {
    name: `${appName}-handler`,
    runtime: "nodejs16.x",
    handler: "index.handler",
    role: lambdaRole.arn,
    code: handlerCode,
    memorySize: 3008,
    timeout: 900,
    environment: { variables: { TABLE_NAME: table.name, QUEUE_URL: queue.url } },
});

const worker = new aws.lambda.Function("fulfilment-worker", {
    name: `${appName}-worker`,
    runtime: "nodejs16.x",
    handler: "index.handler",
    role: lambdaRole.arn,
    code: workerCode,
    timeout: 60,
});

new aws.lambda.EventSourceMapping("fulfilment-trigger", {
    eventSourceArn: queue.arn,
    functionName: worker.arn,
    batchSize: 10,
});

// A function URL for a quick integration test, left open.
const functionUrl = new aws.lambda.FunctionUrl("api-url", { functionName: api.name, authorizationType: "NONE" });
new aws.lambda.Permission("api-url-public", {
    action: "lambda:InvokeFunctionUrl",
    function: api.name,
    principal: "*",
    functionUrlAuthType: "NONE",
});

// ---------------------------------------------------------------- HTTP API

const httpApi = new aws.apigatewayv2.Api("http-api", { name: appName, protocolType: "HTTP" });

const integration = new aws.apigatewayv2.Integration("api-integration", {
    apiId: httpApi.id,
    integrationType: "AWS_PROXY",
    integrationUri: api.invokeArn,
    payloadFormatVersion: "2.0",
});

new aws.apigatewayv2.Route("api-route", {
    apiId: httpApi.id,
    routeKey: "ANY /{proxy+}",
    target: pulumi.interpolate`integrations/${integration.id}`,
});

// No access logs, no throttling.
new aws.apigatewayv2.Stage("api-stage", { apiId: httpApi.id, name: "$default", autoDeploy: true });

new aws.lambda.Permission("api-gateway-invoke", {
    action: "lambda:InvokeFunction",
    function: api.name,
    principal: "apigateway.amazonaws.com",
});

export const apiUrl = httpApi.apiEndpoint;
export const functionUrlEndpoint = functionUrl.functionUrl;
