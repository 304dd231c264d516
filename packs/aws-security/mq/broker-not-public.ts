import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/mq";

export default defineRule({
    id: "mq-broker-not-public",
    title: "Amazon MQ brokers are not publicly accessible",
    description:
        "A public broker's endpoints (the web console, OpenWire, AMQP, MQTT, STOMP, WSS) resolve to public addresses that anyone on the internet can reach and try passwords against; a message broker carries application data and often credentials in its messages.",
    severity: "high",
    service: "mq",
    frameworks: {
        "nist-800-53-r5": ["AC-4", "SC-7"],
    },
    tags: ["exposure", "network"],
    remediation: "Set `publiclyAccessible: false` (the default) with `subnetIds` and `securityGroups` of your VPC, and reach the broker from inside it or over a VPN.",
    defaultLevel: "mandatory",
    messages: {
        publicBroker: "Broker `{{name}}` is publicly accessible: publiclyAccessible is true.",
    },
    examples: {
        violating: [
            {
                description: "a broker with public endpoints",
                resources: [
                    {
                        type: "aws:mq/broker:Broker",
                        name: "events",
                        props: { brokerName: "events", engineType: "ActiveMQ", engineVersion: "5.18", hostInstanceType: "mq.m5.large", publiclyAccessible: true },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a broker inside the VPC",
                resources: [
                    {
                        type: "aws:mq/broker:Broker",
                        name: "events",
                        props: {
                            brokerName: "events",
                            engineType: "ActiveMQ",
                            engineVersion: "5.18",
                            hostInstanceType: "mq.m5.large",
                            publiclyAccessible: false,
                            subnetIds: ["subnet-0a1b2c3d"],
                            securityGroups: ["sg-0a1b2c3d"],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:mq/broker:Broker",
    validate(props, ctx) {
        // AWS and the provider default publiclyAccessible to false.
        if (props.publiclyAccessible === true) ctx.report({ messageId: "publicBroker", data: { name: ctx.name }, propertyPath: "publiclyAccessible" });
    },
});
