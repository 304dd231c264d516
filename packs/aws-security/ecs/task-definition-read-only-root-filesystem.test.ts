import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./task-definition-read-only-root-filesystem";

const task = (...containers: Array<Record<string, unknown>>) =>
    mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "web", containerDefinitions: JSON.stringify(containers) }, { name: "web" });
const base = { name: "web", image: "nginx:1.27", essential: true };

export const cases: RuleCase[] = [
    {
        name: "readonlyRootFilesystem absent: writable by default",
        resources: task(base),
        expect: { violations: [{ messageId: "writable", data: { name: "web", container: "web", setting: "not set (writable by default)" }, propertyPath: "containerDefinitions" }] },
    },
    {
        name: "readonlyRootFilesystem false",
        resources: task({ ...base, readonlyRootFilesystem: false }),
        expect: { violations: [{ messageId: "writable", data: { name: "web", container: "web", setting: "false" }, propertyPath: "containerDefinitions" }] },
    },
    {
        name: "one container read-only, one not",
        resources: task({ ...base, readonlyRootFilesystem: true }, { ...base, name: "log-router" }),
        expect: { violations: [{ messageId: "writable", data: { name: "web", container: "log-router", setting: "not set (writable by default)" }, propertyPath: "containerDefinitions" }] },
    },
    { name: "read-only root filesystem", resources: task({ ...base, readonlyRootFilesystem: true }), expect: "pass" },
    { name: "no containers", resources: task(), expect: "pass" },
    { name: "unknown during preview", resources: mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "web", containerDefinitions: unknown() }, { name: "web" }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
