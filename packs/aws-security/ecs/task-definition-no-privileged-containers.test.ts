import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./task-definition-no-privileged-containers";

const task = (...containers: Array<Record<string, unknown>>) =>
    mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "agent", containerDefinitions: JSON.stringify(containers) }, { name: "agent" });
const base = { name: "agent", image: "acme/agent:2.0", essential: true };

export const cases: RuleCase[] = [
    {
        name: "privileged container",
        resources: task({ ...base, privileged: true }),
        expect: { violations: [{ messageId: "privileged", data: { name: "agent", container: "agent" }, propertyPath: "containerDefinitions" }] },
    },
    {
        name: "one of two containers privileged",
        resources: task(base, { ...base, name: "helper", privileged: true }),
        expect: { violations: [{ messageId: "privileged", data: { name: "agent", container: "helper" }, propertyPath: "containerDefinitions" }] },
    },
    { name: "privileged false", resources: task({ ...base, privileged: false }), expect: "pass" },
    { name: "privileged absent (false by default)", resources: task(base), expect: "pass" },
    {
        name: "unreadable JSON",
        resources: mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "agent", containerDefinitions: "not json" }, { name: "agent" }),
        expect: { violations: [{ messageId: "unreadable", data: { name: "agent", problem: "is not valid JSON" }, propertyPath: "containerDefinitions" }] },
    },
    { name: "unknown during preview", resources: mockResource("aws:ecs/taskDefinition:TaskDefinition", { family: "agent", containerDefinitions: unknown() }, { name: "agent" }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("field names in any case, as the provider's JSON decoding accepts them", async () => {
    await checkCase(rule, {
        name: "Privileged in Pascal case",
        resources: task({ Name: "agent", Image: "acme/agent:2.0", Privileged: true }),
        expect: { violations: [{ messageId: "privileged", data: { name: "agent", container: "agent" }, propertyPath: "containerDefinitions" }] },
    });
});
