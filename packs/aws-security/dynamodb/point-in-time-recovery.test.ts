import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./point-in-time-recovery";

const table = (props: MockProps<"aws:dynamodb/table:Table">) =>
    mockResource("aws:dynamodb/table:Table", { hashKey: "id", attributes: [{ name: "id", type: "S" }], ...props }, { name: "orders" });

export const cases: RuleCase[] = [
    { name: "no PITR block", resources: table({}), expect: { violations: [{ propertyPath: "pointInTimeRecovery.enabled", messageIncludes: "`orders`" }] } },
    { name: "PITR off", resources: table({ pointInTimeRecovery: { enabled: false } }), expect: { violations: ["pointInTimeRecovery.enabled"] } },
    { name: "PITR on", resources: table({ pointInTimeRecovery: { enabled: true, recoveryPeriodInDays: 35 } }), expect: "pass" },
    {
        name: "a replica without PITR",
        resources: table({
            pointInTimeRecovery: { enabled: true },
            replicas: [{ regionName: "eu-central-1", pointInTimeRecovery: true }, { regionName: "us-east-1" }],
        }),
        expect: { violations: [{ propertyPath: "replicas[1].pointInTimeRecovery", messageIncludes: "replicas[1]" }] },
    },
    {
        name: "TableReplica resource without PITR",
        resources: mockResource("aws:dynamodb/tableReplica:TableReplica", { globalTableArn: "arn:aws:dynamodb:eu-west-1:111122223333:table/orders" }),
        expect: { violations: ["pointInTimeRecovery"] },
    },
    {
        name: "TableReplica resource with PITR",
        resources: mockResource("aws:dynamodb/tableReplica:TableReplica", { globalTableArn: "arn:aws:dynamodb:eu-west-1:111122223333:table/orders", pointInTimeRecovery: true }),
        expect: "pass",
    },
    { name: "PITR flag unknown during preview", resources: table({ pointInTimeRecovery: { enabled: unknown("boolean") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
