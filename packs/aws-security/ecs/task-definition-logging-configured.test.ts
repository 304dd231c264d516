import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./task-definition-logging-configured";

const task = (...containers: Array<Record<string, unknown>>) =>
    mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "worker", containerDefinitions: JSON.stringify(containers) }, { name: "worker" });
const base = { name: "worker", image: "acme/worker:3.1", essential: true };
const awslogs = { logDriver: "awslogs", options: { "awslogs-group": "/ecs/worker", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "worker" } };
const noLogging = (container: string) => ({ messageId: "noLogging", data: { name: "worker", container }, propertyPath: "containerDefinitions" });

export const cases: RuleCase[] = [
    { name: "no logConfiguration", resources: task(base), expect: { violations: [noLogging("worker")] } },
    { name: "logConfiguration without a driver", resources: task({ ...base, logConfiguration: { options: {} } }), expect: { violations: [noLogging("worker")] } },
    { name: "empty driver", resources: task({ ...base, logConfiguration: { logDriver: "" } }), expect: { violations: [noLogging("worker")] } },
    { name: "one container of two without logs", resources: task({ ...base, logConfiguration: awslogs }, { ...base, name: "sidecar" }), expect: { violations: [noLogging("sidecar")] } },
    { name: "awslogs", resources: task({ ...base, logConfiguration: awslogs }), expect: "pass" },
    { name: "FireLens", resources: task({ ...base, logConfiguration: { logDriver: "awsfirelens", options: { Name: "cloudwatch" } } }), expect: "pass" },
    { name: "unknown during preview", resources: mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "worker", containerDefinitions: unknown() }, { name: "worker" }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
