import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./broker-not-public";

const broker = (props: MockProps<"aws:mq/broker:Broker">) =>
    mockResource("aws:mq/broker:Broker", { engineType: "RabbitMQ", engineVersion: "3.13", hostInstanceType: "mq.m5.large", ...props }, { name: "bus" });

export const cases: RuleCase[] = [
    { name: "public broker", resources: broker({ publiclyAccessible: true }), expect: { violations: [{ messageId: "publicBroker", data: { name: "bus" }, propertyPath: "publiclyAccessible" }] } },
    { name: "default (private)", resources: broker({}), expect: "pass" },
    { name: "private", resources: broker({ publiclyAccessible: false }), expect: "pass" },
    { name: "unknown during preview", resources: broker({ publiclyAccessible: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
