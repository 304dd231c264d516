import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./pod-service-account-token-not-mounted";

export const cases: RuleCase[] = onShapes([
    { name: "not set", spec: { containers: [container()] }, expect: (p) => ({ violations: [{ propertyPath: `${p}.automountServiceAccountToken`, messageIncludes: "not set to false" }] }) },
    { name: "true", spec: { automountServiceAccountToken: true, containers: [container()] }, expect: (p) => ({ violations: [`${p}.automountServiceAccountToken`] }) },
    { name: "false", spec: { automountServiceAccountToken: false, containers: [container()] }, expect: "pass" },
    { name: "unknown during preview", spec: { automountServiceAccountToken: unknown("boolean"), containers: [container()] }, expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
