import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./broker-audit-logging";

const broker = (props: MockProps<"aws:mq/broker:Broker">) =>
    mockResource("aws:mq/broker:Broker", { engineType: "ActiveMQ", engineVersion: "5.18", hostInstanceType: "mq.m5.large", ...props }, { name: "bus" });

export const cases: RuleCase[] = [
    { name: "no logs block", resources: broker({}), expect: { violations: [{ messageId: "auditOff", data: { name: "bus", state: "not set, and defaults to false" }, propertyPath: "logs.audit" }] } },
    { name: "general only", resources: broker({ logs: { general: true } }), expect: { violations: [{ messageId: "auditOff", propertyPath: "logs.audit" }] } },
    { name: "audit off, engine in capitals", resources: broker({ engineType: "ACTIVEMQ", logs: { audit: false } }), expect: { violations: [{ messageId: "auditOff", data: { name: "bus", state: "false" } }] } },
    { name: "audit on", resources: broker({ logs: { audit: true } }), expect: "pass" },
    { name: "RabbitMQ has no audit log", resources: broker({ engineType: "RabbitMQ" }), expect: "pass" },
    { name: "unknown during preview", resources: broker({ logs: { audit: unknown("boolean") } }), expect: "skipped" },
    { name: "engine unknown during preview", resources: broker({ engineType: unknown("string") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
