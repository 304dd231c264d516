import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ecs";
import { containersToJudge, field, UNREADABLE_CONTAINERS_MESSAGE } from "../lib/ecs-containers";

export default defineRule({
    id: "ecs-task-definition-no-privileged-containers",
    title: "Task definitions run no privileged containers",
    description:
        "A privileged container gets nearly all the powers of root on the container instance: it can load kernel modules, reach every device and escape to the host, and from there reach every other task on it and the instance role's credentials.",
    severity: "high",
    service: "ecs",
    frameworks: {
        "aws-fsbp": ["ECS.4"],
        "nist-800-53-r5": ["AC-3", "AC-5", "AC-6"],
    },
    tags: ["least-privilege"],
    remediation:
        "Remove `privileged: true` from the container definition (absent means false). If the container needs one kernel capability, grant just that one with `linuxParameters.capabilities.add` (e.g. `[\"NET_ADMIN\"]`).",
    defaultLevel: "advisory",
    messages: {
        ...UNREADABLE_CONTAINERS_MESSAGE,
        privileged: "Task definition `{{name}}` runs container `{{container}}` privileged (`privileged: true`), with root-like access to the host.",
    },
    examples: {
        violating: [
            {
                description: "a privileged container",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "agent",
                        props: { family: "agent", containerDefinitions: JSON.stringify([{ name: "agent", image: "acme/agent:2.0", essential: true, privileged: true }]) },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an unprivileged container with one added capability",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "agent",
                        props: {
                            family: "agent",
                            containerDefinitions: JSON.stringify([
                                { name: "agent", image: "acme/agent:2.0", essential: true, linuxParameters: { capabilities: { add: ["NET_ADMIN"] } } },
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
            const privileged = field(container.definition, "privileged");
            if (privileged === true || privileged === "true") {
                ctx.report({ messageId: "privileged", data: { name: ctx.name, container: container.label }, propertyPath: "containerDefinitions" });
            }
        }
    },
});
