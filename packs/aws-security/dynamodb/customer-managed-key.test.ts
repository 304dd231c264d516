import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./customer-managed-key";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234";
const table = (props: MockProps<"aws:dynamodb/table:Table">) =>
    mockResource("aws:dynamodb/table:Table", { hashKey: "id", attributes: [{ name: "id", type: "S" }], ...props }, { name: "orders" });

export const cases: RuleCase[] = [
    {
        name: "no encryption block (AWS owned key)",
        resources: table({}),
        expect: { violations: [{ propertyPath: "serverSideEncryption.enabled", messageIncludes: "AWS owned key" }] },
    },
    {
        name: "enabled without a key (AWS managed key)",
        resources: table({ serverSideEncryption: { enabled: true } }),
        expect: { violations: [{ propertyPath: "serverSideEncryption.kmsKeyArn", messageIncludes: "alias/aws/dynamodb" }] },
    },
    { name: "customer managed key", resources: table({ serverSideEncryption: { enabled: true, kmsKeyArn: KEY } }), expect: "pass" },
    {
        name: "a replica without its own key",
        resources: table({
            serverSideEncryption: { enabled: true, kmsKeyArn: KEY },
            replicas: [{ regionName: "us-east-1", kmsKeyArn: "arn:aws:kms:us-east-1:111122223333:key/5678" }, { regionName: "eu-central-1" }],
        }),
        expect: { violations: ["replicas[1].kmsKeyArn"] },
    },
    {
        name: "TableReplica resource without a key",
        resources: mockResource("aws:dynamodb/tableReplica:TableReplica", { globalTableArn: "arn:aws:dynamodb:eu-west-1:111122223333:table/orders" }),
        expect: { violations: ["kmsKeyArn"] },
    },
    { name: "key unknown during preview", resources: table({ serverSideEncryption: { enabled: true, kmsKeyArn: unknown() } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
