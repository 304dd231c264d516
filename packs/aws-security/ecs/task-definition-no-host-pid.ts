import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ecs";

export default defineRule({
    id: "ecs-task-definition-no-host-pid",
    title: "Task definitions do not share the host's process namespace",
    description:
        "With `pidMode: \"host\"` a task's containers see every process on the container instance, and a container running as root can signal, trace or kill them, including other tasks and the ECS agent.",
    severity: "high",
    service: "ecs",
    frameworks: {
        "aws-fsbp": ["ECS.3"],
        "nist-800-53-r5": ["CM-2"],
    },
    tags: ["least-privilege"],
    remediation: "Remove `pidMode` (each task then gets its own process namespace), or set `pidMode: \"task\"` to share one namespace among the task's own containers only.",
    defaultLevel: "advisory",
    messages: {
        hostPid: "Task definition `{{name}}` shares the host's process namespace with its containers (`pidMode: \"host\"`).",
    },
    examples: {
        violating: [
            {
                description: "a task sharing the host's PID namespace",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "monitor",
                        props: { family: "monitor", pidMode: "host", containerDefinitions: JSON.stringify([{ name: "monitor", image: "acme/monitor:1.0", essential: true }]) },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a task sharing a namespace among its own containers",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "monitor",
                        props: { family: "monitor", pidMode: "task", containerDefinitions: JSON.stringify([{ name: "monitor", image: "acme/monitor:1.0", essential: true }]) },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ecs/taskDefinition:TaskDefinition",
    validate(props, ctx) {
        if (props.pidMode === "host") ctx.report({ messageId: "hostPid", data: { name: ctx.name }, propertyPath: "pidMode" });
    },
});
