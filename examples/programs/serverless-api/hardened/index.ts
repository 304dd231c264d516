import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// The orders API, hardened: each function has its own role with the actions it needs on the
// resources it uses, the API is reachable only through API Gateway with a JWT authorizer and
// access logs, the table, queues and logs are encrypted with a customer-managed key, and CI
// deploys through GitHub's OIDC federation with a role that may pass only the functions' roles.
const config = new pulumi.Config();
const awsConfig = new pulumi.Config("aws");
const region = awsConfig.require("region");
const appName = config.require("appName");
const accountId = config.require("accountId");
const jwtIssuer = config.require("jwtIssuer");
const jwtAudience = config.require("jwtAudience");
const githubRepository = config.require("githubRepository");
const tags = config.requireObject<Record<string, string>>("tags");
const named = (name: string) => ({ ...tags, Name: `${appName}-${name}` });

// Names are fixed so that IAM policies can name their resources before they exist.
const tableName = `${appName}-orders`;
const queueName = `${appName}-fulfilment`;
const handlerName = `${appName}-handler`;
const workerName = `${appName}-worker`;
const keyAlias = `alias/${appName}`;
const arn = {
    table: `arn:aws:dynamodb:${region}:${accountId}:table/${tableName}`,
    queue: `arn:aws:sqs:${region}:${accountId}:${queueName}`,
    logGroup: (name: string) => `arn:aws:logs:${region}:${accountId}:log-group:${name}`,
    function: (name: string) => `arn:aws:lambda:${region}:${accountId}:function:${name}`,
    role: (name: string) => `arn:aws:iam::${accountId}:role/${name}`,
};

// ---------------------------------------------------------------- encryption key

const key = new aws.kms.Key("api-key", {
    description: `${appName}: DynamoDB, SQS, Lambda environment and CloudWatch Logs`,
    enableKeyRotation: true,
    deletionWindowInDays: 30,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            { Sid: "AccountAdministration", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: "kms:*", Resource: "*" },
            {
                Sid: "CloudWatchLogs",
                Effect: "Allow",
                Principal: { Service: `logs.${region}.amazonaws.com` },
                Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                Resource: "*",
                Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${region}:${accountId}:log-group:*` } },
            },
        ],
    }),
    tags: named("key"),
});
const alias = new aws.kms.Alias("api-key-alias", { name: keyAlias, targetKeyId: key.keyId });

// Decrypting with the key, identified by its alias (the key's own ARN is not known in advance).
const useKey = {
    Effect: "Allow",
    Action: ["kms:Decrypt", "kms:GenerateDataKey"],
    Resource: `arn:aws:kms:${region}:${accountId}:key/*`,
    Condition: { "ForAnyValue:StringEquals": { "kms:ResourceAliases": keyAlias } },
};

const logGroup = (name: string, resourceName: string) =>
    new aws.cloudwatch.LogGroup(resourceName, { name, retentionInDays: 365, kmsKeyId: key.arn, tags: named(resourceName) });

// ---------------------------------------------------------------- storage and messaging

const table = new aws.dynamodb.Table("orders", {
    name: tableName,
    billingMode: "PAY_PER_REQUEST",
    hashKey: "orderId",
    attributes: [{ name: "orderId", type: "S" }],
    pointInTimeRecovery: { enabled: true },
    serverSideEncryption: { enabled: true, kmsKeyArn: key.arn },
    deletionProtectionEnabled: true,
    tags: named("orders"),
});

const deadLetters = new aws.sqs.Queue(
    "fulfilment-dlq",
    { name: `${queueName}-dlq`, kmsMasterKeyId: keyAlias, messageRetentionSeconds: 1209600, tags: named("fulfilment-dlq") },
    { dependsOn: [alias] },
);

const queue = new aws.sqs.Queue(
    "fulfilment",
    {
        name: queueName,
        kmsMasterKeyId: keyAlias,
        kmsDataKeyReusePeriodSeconds: 300,
        visibilityTimeoutSeconds: 60,
        redrivePolicy: pulumi.jsonStringify({ deadLetterTargetArn: deadLetters.arn, maxReceiveCount: 5 }),
        tags: named("fulfilment"),
    },
    { dependsOn: [alias] },
);

// ---------------------------------------------------------------- function roles

const lambdaTrust = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
        {
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
            Condition: { StringEquals: { "aws:SourceAccount": accountId } },
        },
    ],
});

const writeLogs = (logGroupName: string) => ({
    Effect: "Allow",
    Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
    Resource: `${arn.logGroup(logGroupName)}:*`,
});
const tracing = { Effect: "Allow", Action: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], Resource: "*" };

const handlerRole = new aws.iam.Role("handler-role", { name: handlerName, assumeRolePolicy: lambdaTrust, tags: named("handler") });
new aws.iam.RolePolicy("handler-policy", {
    role: handlerRole.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            { Effect: "Allow", Action: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"], Resource: arn.table },
            { Effect: "Allow", Action: "sqs:SendMessage", Resource: arn.queue },
            useKey,
            writeLogs(`/aws/lambda/${handlerName}`),
            tracing,
        ],
    }),
});

const workerRole = new aws.iam.Role("worker-role", { name: workerName, assumeRolePolicy: lambdaTrust, tags: named("worker") });
new aws.iam.RolePolicy("worker-policy", {
    role: workerRole.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            { Effect: "Allow", Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], Resource: arn.queue },
            { Effect: "Allow", Action: "dynamodb:UpdateItem", Resource: arn.table },
            useKey,
            writeLogs(`/aws/lambda/${workerName}`),
            tracing,
        ],
    }),
});

// ---------------------------------------------------------------- functions

const handlerCode = new pulumi.asset.AssetArchive({
    "index.mjs": new pulumi.asset.StringAsset(
        [
            "import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';",
            "import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';",
            "const db = new DynamoDBClient({});",
            "const sqs = new SQSClient({});",
            "export const handler = async (event) => {",
            "  if (event.routeKey === 'POST /orders') {",
            "    const order = JSON.parse(event.body ?? '{}');",
            "    if (typeof order.id !== 'string') return { statusCode: 400 };",
            "    await db.send(new PutItemCommand({ TableName: process.env.TABLE_NAME, Item: { orderId: { S: order.id } }, ConditionExpression: 'attribute_not_exists(orderId)' }));",
            "    await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify({ orderId: order.id }) }));",
            "    return { statusCode: 201, body: JSON.stringify({ id: order.id }) };",
            "  }",
            "  const { Item } = await db.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { orderId: { S: event.pathParameters.orderId } } }));",
            "  return Item ? { statusCode: 200, body: JSON.stringify(Item) } : { statusCode: 404 };",
            "};",
        ].join("\n"),
    ),
});

const workerCode = new pulumi.asset.AssetArchive({
    "index.mjs": new pulumi.asset.StringAsset(
        [
            "export const handler = async (event) => {",
            "  const batchItemFailures = [];",
            "  for (const record of event.Records) {",
            "    try { console.log(JSON.stringify({ orderId: JSON.parse(record.body).orderId })); }",
            "    catch { batchItemFailures.push({ itemIdentifier: record.messageId }); }",
            "  }",
            "  return { batchItemFailures };",
            "};",
        ].join("\n"),
    ),
});

const handlerLogs = logGroup(`/aws/lambda/${handlerName}`, "handler-logs");
const workerLogs = logGroup(`/aws/lambda/${workerName}`, "worker-logs");

const handler = new aws.lambda.Function("api-handler", {
    name: handlerName,
    runtime: "nodejs22.x",
    architectures: ["arm64"],
    handler: "index.handler",
    role: handlerRole.arn,
    code: handlerCode,
    memorySize: 256,
    timeout: 10,
    reservedConcurrentExecutions: 50,
    kmsKeyArn: key.arn,
    environment: { variables: { TABLE_NAME: table.name, QUEUE_URL: queue.url } },
    tracingConfig: { mode: "Active" },
    loggingConfig: { logFormat: "JSON", logGroup: handlerLogs.name },
    tags: named("handler"),
});

const worker = new aws.lambda.Function("fulfilment-worker", {
    name: workerName,
    runtime: "nodejs22.x",
    architectures: ["arm64"],
    handler: "index.handler",
    role: workerRole.arn,
    code: workerCode,
    memorySize: 256,
    timeout: 30,
    reservedConcurrentExecutions: 10,
    tracingConfig: { mode: "Active" },
    loggingConfig: { logFormat: "JSON", logGroup: workerLogs.name },
    tags: named("worker"),
});

new aws.lambda.EventSourceMapping("fulfilment-trigger", {
    eventSourceArn: queue.arn,
    functionName: worker.arn,
    batchSize: 10,
    functionResponseTypes: ["ReportBatchItemFailures"],
    tags: named("fulfilment-trigger"),
});

// ---------------------------------------------------------------- HTTP API

const httpApi = new aws.apigatewayv2.Api("http-api", { name: appName, protocolType: "HTTP", tags: named("api") });

const authorizer = new aws.apigatewayv2.Authorizer("jwt", {
    apiId: httpApi.id,
    authorizerType: "JWT",
    identitySources: ["$request.header.Authorization"],
    jwtConfiguration: { issuer: jwtIssuer, audiences: [jwtAudience] },
});

const integration = new aws.apigatewayv2.Integration("api-integration", {
    apiId: httpApi.id,
    integrationType: "AWS_PROXY",
    integrationUri: handler.invokeArn,
    payloadFormatVersion: "2.0",
});

for (const [name, routeKey] of [
    ["create-order", "POST /orders"],
    ["get-order", "GET /orders/{orderId}"],
]) {
    new aws.apigatewayv2.Route(name, {
        apiId: httpApi.id,
        routeKey,
        authorizationType: "JWT",
        authorizerId: authorizer.id,
        target: pulumi.interpolate`integrations/${integration.id}`,
    });
}

const apiLogs = logGroup(`/aws/apigateway/${appName}`, "api-logs");

new aws.apigatewayv2.Stage("api-stage", {
    apiId: httpApi.id,
    name: "$default",
    autoDeploy: true,
    accessLogSettings: {
        destinationArn: apiLogs.arn,
        format: JSON.stringify({
            requestId: "$context.requestId",
            ip: "$context.identity.sourceIp",
            requestTime: "$context.requestTime",
            routeKey: "$context.routeKey",
            status: "$context.status",
            principal: "$context.authorizer.claims.sub",
        }),
    },
    defaultRouteSettings: { throttlingBurstLimit: 100, throttlingRateLimit: 50, detailedMetricsEnabled: true },
    tags: named("api"),
});

new aws.lambda.Permission("api-gateway-invoke", {
    action: "lambda:InvokeFunction",
    function: handler.name,
    principal: "apigateway.amazonaws.com",
    sourceArn: pulumi.interpolate`${httpApi.executionArn}/*/*`,
});

// ---------------------------------------------------------------- CI deploy role

// GitHub Actions on the main branch of the repository, through OIDC: no access keys.
const deployRole = new aws.iam.Role("deploy-role", {
    name: `${appName}-deploy`,
    maxSessionDuration: 3600,
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${accountId}:oidc-provider/token.actions.githubusercontent.com` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                        "token.actions.githubusercontent.com:sub": `repo:${githubRepository}:ref:refs/heads/main`,
                    },
                },
            },
        ],
    }),
    tags: named("deploy"),
});

new aws.iam.RolePolicy("deploy-policy", {
    role: deployRole.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Action: ["lambda:GetFunction", "lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration", "lambda:PublishVersion"],
                Resource: [arn.function(handlerName), arn.function(workerName)],
            },
            {
                Effect: "Allow",
                Action: "iam:PassRole",
                Resource: [arn.role(handlerName), arn.role(workerName)],
                Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } },
            },
        ],
    }),
});

export const apiUrl = httpApi.apiEndpoint;
export const deployRoleArn = deployRole.arn;
