import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./pod-no-default-service-account";

export const cases: RuleCase[] = onShapes([
    { name: "no service account named", spec: { containers: [container()] }, expect: (p) => ({ violations: [`${p}.serviceAccountName`] }) },
    { name: "default named explicitly", spec: { serviceAccountName: "default", containers: [container()] }, expect: (p) => ({ violations: [`${p}.serviceAccountName`] }) },
    { name: "dedicated service account", spec: { serviceAccountName: "api", containers: [container()] }, expect: "pass" },
    { name: "deprecated serviceAccount field", spec: { serviceAccount: "api", containers: [container()] }, expect: "pass" },
    { name: "unknown during preview", spec: { serviceAccountName: unknown(), containers: [container()] }, expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
