import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./task-definition-host-network-non-root";

const task = (networkMode: string | undefined, ...containers: Array<Record<string, unknown>>) =>
    mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "proxy", networkMode, containerDefinitions: JSON.stringify(containers) }, { name: "proxy" });
const base = { name: "proxy", image: "envoyproxy/envoy:v1.31", essential: true };
const root = (user: string) => ({ messageId: "rootOnHostNetwork", data: { name: "proxy", container: "proxy", user }, propertyPath: "containerDefinitions" });

export const cases: RuleCase[] = [
    { name: "host network, user not set", resources: task("host", base), expect: { violations: [root("not set")] } },
    { name: "host network, user root", resources: task("host", { ...base, user: "root" }), expect: { violations: [root("root")] } },
    { name: "host network, UID 0 with a group", resources: task("host", { ...base, user: "0:0" }), expect: { violations: [root("root")] } },
    { name: "host network, privileged false and no user", resources: task("host", { ...base, privileged: false }), expect: { violations: [root("not set")] } },
    { name: "host network, non-root user", resources: task("host", { ...base, user: "1000:1000" }), expect: "pass" },
    { name: "host network, named user", resources: task("host", { ...base, user: "envoy" }), expect: "pass" },
    { name: "host network, privileged (left to the privileged-container rule, as ECS.1 does)", resources: task("host", { ...base, privileged: true }), expect: "pass" },
    { name: "awsvpc network, root", resources: task("awsvpc", base), expect: "pass" },
    { name: "network mode absent (bridge on EC2)", resources: task(undefined, base), expect: "pass" },
    {
        name: "network mode unknown during preview",
        resources: mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "proxy", networkMode: unknown(), containerDefinitions: JSON.stringify([base]) }, { name: "proxy" }),
        expect: "skipped",
    },
    {
        name: "containers unknown during preview",
        resources: mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "proxy", networkMode: "host", containerDefinitions: unknown() }, { name: "proxy" }),
        expect: "skipped",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
