import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./task-definition-no-host-pid";

const task = (pidMode: string | undefined) =>
    mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "monitor", pidMode, containerDefinitions: JSON.stringify([{ name: "monitor", image: "acme/monitor:1.0" }]) }, { name: "monitor" });

export const cases: RuleCase[] = [
    { name: "host PID namespace", resources: task("host"), expect: { violations: [{ messageId: "hostPid", data: { name: "monitor" }, propertyPath: "pidMode" }] } },
    { name: "task PID namespace", resources: task("task"), expect: "pass" },
    { name: "pidMode absent", resources: task(undefined), expect: "pass" },
    { name: "pidMode unknown during preview", resources: task(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
