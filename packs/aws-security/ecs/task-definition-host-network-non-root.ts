import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ecs";
import { containersToJudge, field, UNREADABLE_CONTAINERS_MESSAGE } from "../lib/ecs-containers";

/** `user` values that run the container as root: absent or empty (the image's default, root for most), root, or UID 0, with or without a group. */
function runsAsRoot(user: unknown): boolean {
    if (user === undefined || user === null) return true;
    if (typeof user === "number") return user === 0;
    if (typeof user !== "string") return false;
    const who = user.trim().split(":")[0];
    return who === "" || who === "root" || who === "0";
}

export default defineRule({
    id: "ecs-task-definition-host-network-non-root",
    title: "Host-network task definitions run containers as a non-root user",
    description:
        "In `host` network mode a container shares the container instance's network stack: it can bind any host port, see all host traffic and reach the instance metadata service. Run that way as root without having opted into `privileged`, it gets more power than its definition shows. " +
        "As AWS's ECS.1 control does, containers with `privileged: true` are left to the privileged-container rule, and an unset `user` counts as root (most images run as root).",
    severity: "high",
    service: "ecs",
    frameworks: {
        "aws-fsbp": ["ECS.1"],
        "nist-800-53-r5": ["AC-3", "AC-5", "AC-6"],
    },
    tags: ["least-privilege", "network"],
    remediation:
        "Set `user` in each container definition to a non-root user or UID (e.g. `\"1000:1000\"`), or use `networkMode: \"awsvpc\"` (the Fargate default) so each task gets its own network interface instead of the host's.",
    defaultLevel: "advisory",
    messages: {
        ...UNREADABLE_CONTAINERS_MESSAGE,
        rootOnHostNetwork: "Task definition `{{name}}` uses the host's network (`networkMode: \"host\"`) and runs container `{{container}}` as root: `user` is {{user}}.",
    },
    examples: {
        violating: [
            {
                description: "a host-network container with no user set",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "proxy",
                        props: { family: "proxy", networkMode: "host", containerDefinitions: JSON.stringify([{ name: "proxy", image: "envoyproxy/envoy:v1.31", essential: true }]) },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a host-network container running as UID 1000",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "proxy",
                        props: {
                            family: "proxy",
                            networkMode: "host",
                            containerDefinitions: JSON.stringify([{ name: "proxy", image: "envoyproxy/envoy:v1.31", essential: true, user: "1000:1000" }]),
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ecs/taskDefinition:TaskDefinition",
    validate(props, ctx) {
        if (props.networkMode !== "host") return;
        for (const container of containersToJudge(props.containerDefinitions, ctx)) {
            const privileged = field(container.definition, "privileged");
            const user = field(container.definition, "user");
            if (privileged === true || privileged === "true") continue;
            if (!runsAsRoot(user)) continue;
            const shown = user === undefined || user === null || (typeof user === "string" && user.trim() === "") ? "not set" : "root";
            ctx.report({ messageId: "rootOnHostNetwork", data: { name: ctx.name, container: container.label, user: shown }, propertyPath: "containerDefinitions" });
        }
    },
});
