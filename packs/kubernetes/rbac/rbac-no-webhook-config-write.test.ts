import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-webhook-config-write";

const CR = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
const role = (rules: MockProps<typeof CR>["rules"], type: typeof CR | "kubernetes:rbac.authorization.k8s.io/v1:Role" = CR) =>
    mockResource(type, { metadata: { name: "r" }, rules }, { name: "r" });
const ADMISSION = "admissionregistration.k8s.io";

export const cases: RuleCase[] = [
    {
        name: "create and patch on both kinds",
        resources: role([{ apiGroups: [ADMISSION], resources: ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"], verbs: ["get", "create", "patch"] }]),
        expect: {
            violations: [
                {
                    messageId: "webhookWrite",
                    data: { kind: "ClusterRole", name: "r", verbs: "create, patch", resources: "mutatingwebhookconfigurations, validatingwebhookconfigurations", index: "0" },
                    propertyPath: "rules[0]",
                },
            ],
        },
    },
    { name: "delete validating webhooks", resources: role([{ apiGroups: [ADMISSION], resources: ["validatingwebhookconfigurations"], verbs: ["delete"] }]), expect: { violations: ["rules[0]"] } },
    { name: "any group, in a Role", resources: role([{ apiGroups: ["*"], resources: ["mutatingwebhookconfigurations"], verbs: ["update"] }], "kubernetes:rbac.authorization.k8s.io/v1:Role"), expect: { violations: [{ messageId: "webhookWrite", data: { kind: "Role", name: "r", verbs: "update", resources: "mutatingwebhookconfigurations", index: "0" } }] } },
    { name: "every verb on every resource of the group", resources: role([{ apiGroups: [ADMISSION], resources: ["*"], verbs: ["*"] }]), expect: { violations: ["rules[0]"] } },
    { name: "read only", resources: role([{ apiGroups: [ADMISSION], resources: ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"], verbs: ["get", "list", "watch"] }]), expect: "pass" },
    { name: "update limited to its own webhook", resources: role([{ apiGroups: [ADMISSION], resources: ["mutatingwebhookconfigurations"], resourceNames: ["mine"], verbs: ["get", "update", "patch"] }]), expect: "pass" },
    { name: "the wrong API group", resources: role([{ apiGroups: ["apps"], resources: ["mutatingwebhookconfigurations"], verbs: ["create"] }]), expect: "pass" },
    { name: "verbs unknown during preview", resources: role([{ apiGroups: [ADMISSION], resources: ["mutatingwebhookconfigurations"], verbs: unknown("array") }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
