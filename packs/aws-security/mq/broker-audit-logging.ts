import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/mq";

export default defineRule({
    id: "mq-broker-audit-logging",
    title: "ActiveMQ brokers send audit logs to CloudWatch",
    description:
        "Audit logs record who changed users, queues and topics through the web console or JMX. Without them, a broker change made with stolen credentials leaves no trace. Amazon MQ keeps audit logging off unless it is asked for, and offers it for ActiveMQ only.",
    severity: "medium",
    service: "mq",
    frameworks: {
        "aws-fsbp": ["MQ.2"],
        "nist-800-53-r5": ["AU-2", "AU-12"],
    },
    tags: ["logging"],
    remediation: "Set `logs: { audit: true, general: true }` on ActiveMQ brokers (RabbitMQ brokers have no audit log).",
    defaultLevel: "advisory",
    messages: {
        auditOff: "ActiveMQ broker `{{name}}` does not send audit logs to CloudWatch: logs.audit is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "an ActiveMQ broker without audit logs",
                resources: [{ type: "aws:mq/broker:Broker", name: "events", props: { engineType: "ActiveMQ", engineVersion: "5.18", hostInstanceType: "mq.m5.large" } }],
            },
        ],
        compliant: [
            {
                description: "an ActiveMQ broker with audit logs",
                resources: [
                    { type: "aws:mq/broker:Broker", name: "events", props: { engineType: "ActiveMQ", engineVersion: "5.18", hostInstanceType: "mq.m5.large", logs: { audit: true, general: true } } },
                ],
            },
        ],
    },
    resourceType: "aws:mq/broker:Broker",
    validate(props, ctx) {
        // Engine names compare case-insensitively: the API accepts "ACTIVEMQ" as well as "ActiveMQ".
        if (typeof props.engineType !== "string" || props.engineType.toLowerCase() !== "activemq") return;
        const audit = props.logs?.audit;
        if (audit === true) return;
        ctx.report({ messageId: "auditOff", data: { name: ctx.name, state: audit === false ? "false" : "not set, and defaults to false" }, propertyPath: "logs.audit" });
    },
});
