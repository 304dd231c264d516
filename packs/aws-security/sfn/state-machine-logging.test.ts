import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./state-machine-logging";

const machine = (loggingConfiguration: MockProps<"aws:sfn/stateMachine:StateMachine">["loggingConfiguration"]) =>
    mockResource("aws:sfn/stateMachine:StateMachine", { definition: "{}", roleArn: "arn:aws:iam::123456789012:role/s", loggingConfiguration }, { name: "flow" });

export const cases: RuleCase[] = [
    { name: "no logging", resources: machine(undefined), expect: { violations: [{ messageId: "loggingOff", data: { name: "flow", state: 'not set, and defaults to "OFF"' }, propertyPath: "loggingConfiguration.level" }] } },
    { name: "level OFF", resources: machine({ level: "OFF" }), expect: { violations: [{ messageId: "loggingOff", data: { name: "flow", state: '"OFF"' } }] } },
    { name: "FATAL only, below the default minimum", resources: machine({ level: "FATAL", logDestination: "arn:aws:logs:us-east-1:1:log-group:x:*" }), expect: { violations: [{ messageId: "tooQuiet", data: { name: "flow", level: "FATAL", minimum: "ERROR" } }] } },
    { name: "FATAL accepted when configured", resources: machine({ level: "FATAL" }), options: { config: { "sfn-state-machine-logging": { minimumLevel: "FATAL" } } }, expect: "pass" },
    { name: "ERROR", resources: machine({ level: "ERROR" }), expect: "pass" },
    { name: "ALL", resources: machine({ level: "ALL" }), expect: "pass" },
    { name: "unknown during preview", resources: machine({ level: unknown("string") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
