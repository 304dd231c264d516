import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ecs";
import { containersToJudge, field, UNREADABLE_CONTAINERS_MESSAGE } from "../lib/ecs-containers";

export default defineRule({
    id: "ecs-task-definition-logging-configured",
    title: "Task definition containers send their logs somewhere",
    description:
        "Without a log configuration a container's output stays on the container instance (or, on Fargate, is lost), so an incident leaves no record to investigate. Every container definition needs a `logConfiguration` with a log driver.",
    severity: "medium",
    service: "ecs",
    frameworks: {
        "aws-fsbp": ["ECS.9"],
        "nist-800-53-r5": ["AU-2", "AU-12"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging"],
    remediation:
        "Give each container definition a `logConfiguration`, e.g. `{ logDriver: \"awslogs\", options: { \"awslogs-group\": logGroup.name, \"awslogs-region\": region, \"awslogs-stream-prefix\": \"app\" } }`, or `awsfirelens` to route logs through FireLens.",
    defaultLevel: "advisory",
    messages: {
        ...UNREADABLE_CONTAINERS_MESSAGE,
        noLogging: "Task definition `{{name}}` keeps no logs of container `{{container}}`: it has no `logConfiguration` with a `logDriver`.",
    },
    examples: {
        violating: [
            {
                description: "a container without a log configuration",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "worker",
                        props: { family: "worker", containerDefinitions: JSON.stringify([{ name: "worker", image: "acme/worker:3.1", essential: true }]) },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "logs sent to CloudWatch Logs",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "worker",
                        props: {
                            family: "worker",
                            containerDefinitions: JSON.stringify([
                                {
                                    name: "worker",
                                    image: "acme/worker:3.1",
                                    essential: true,
                                    logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": "/ecs/worker", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "worker" } },
                                },
                            ]),
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ecs/taskDefinition:TaskDefinition",
    validate(props, ctx) {
        for (const container of containersToJudge(props.containerDefinitions, ctx)) {
            const driver = field(field(container.definition, "logConfiguration"), "logDriver");
            if (typeof driver === "string" && driver.trim() !== "") continue;
            ctx.report({ messageId: "noLogging", data: { name: ctx.name, container: container.label }, propertyPath: "containerDefinitions" });
        }
    },
});
