import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./default-service-account-no-automount";

const sa = (props: MockProps<"kubernetes:core/v1:ServiceAccount">) => mockResource("kubernetes:core/v1:ServiceAccount", props, { name: "sa" });

export const cases: RuleCase[] = [
    { name: "default SA automounting", resources: sa({ metadata: { name: "default", namespace: "shop" } }), expect: { violations: ["automountServiceAccountToken"] } },
    { name: "default SA, automount true", resources: sa({ metadata: { name: "default", namespace: "shop" }, automountServiceAccountToken: true }), expect: { violations: ["automountServiceAccountToken"] } },
    { name: "default SA, automount off", resources: sa({ metadata: { name: "default", namespace: "shop" }, automountServiceAccountToken: false }), expect: "pass" },
    { name: "dedicated SA", resources: sa({ metadata: { name: "api", namespace: "shop" } }), expect: "pass" },
    { name: "automount unknown during preview", resources: sa({ metadata: { name: "default" }, automountServiceAccountToken: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
