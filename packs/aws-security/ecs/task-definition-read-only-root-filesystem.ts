import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ecs";
import { containersToJudge, field, UNREADABLE_CONTAINERS_MESSAGE } from "../lib/ecs-containers";

export default defineRule({
    id: "ecs-task-definition-read-only-root-filesystem",
    title: "Task definition containers have read-only root filesystems",
    description:
        "A container that can write to its root filesystem lets an attacker who gets in drop tools, change binaries and persist until the task is replaced. Containers' root filesystems are writable unless `readonlyRootFilesystem` is true, so an absent setting is reported.",
    severity: "medium",
    service: "ecs",
    frameworks: {
        "aws-fsbp": ["ECS.5"],
        "nist-800-53-r5": ["AC-3", "AC-6"],
    },
    tags: ["least-privilege"],
    remediation:
        "Set `readonlyRootFilesystem: true` in each container definition, and give the paths the application must write (caches, /tmp) a volume: a task `volumes` entry mounted through the container's `mountPoints`.",
    defaultLevel: "advisory",
    messages: {
        ...UNREADABLE_CONTAINERS_MESSAGE,
        writable: "Task definition `{{name}}` lets container `{{container}}` write to its root filesystem: `readonlyRootFilesystem` is {{setting}}.",
    },
    examples: {
        violating: [
            {
                description: "a container with a writable root filesystem",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "web",
                        props: { family: "web", containerDefinitions: JSON.stringify([{ name: "web", image: "nginx:1.27", essential: true }]) },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a read-only root filesystem with a scratch volume",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "web",
                        props: {
                            family: "web",
                            volumes: [{ name: "tmp" }],
                            containerDefinitions: JSON.stringify([
                                { name: "web", image: "nginx:1.27", essential: true, readonlyRootFilesystem: true, mountPoints: [{ sourceVolume: "tmp", containerPath: "/tmp" }] },
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
            const value = field(container.definition, "readonlyRootFilesystem");
            if (value === true || value === "true") continue;
            ctx.report({
                messageId: "writable",
                data: { name: ctx.name, container: container.label, setting: value === undefined || value === null ? "not set (writable by default)" : "false" },
                propertyPath: "containerDefinitions",
            });
        }
    },
});
