import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-workload-create";

const ROLE = "kubernetes:rbac.authorization.k8s.io/v1:Role";
const role = (rules: MockProps<typeof ROLE>["rules"], type: typeof ROLE | "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole" = ROLE) =>
    mockResource(type, { metadata: { name: "r", namespace: "shop" }, rules }, { name: "r" });

export const cases: RuleCase[] = [
    {
        name: "create pods",
        resources: role([{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "create"] }]),
        expect: { violations: [{ messageId: "workloadCreate", data: { kind: "Role", name: "r", verbs: "create", resources: "pods", index: "0" }, propertyPath: "rules[0]" }] },
    },
    {
        name: "create Deployments and DaemonSets",
        resources: role([{ apiGroups: [""], resources: ["configmaps"], verbs: ["create"] }, { apiGroups: ["apps"], resources: ["deployments", "daemonsets"], verbs: ["create"] }], "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole"),
        expect: { violations: [{ messageId: "workloadCreate", data: { kind: "ClusterRole", name: "r", verbs: "create", resources: "deployments, daemonsets", index: "1" }, propertyPath: "rules[1]" }] },
    },
    { name: "every verb on batch", resources: role([{ apiGroups: ["batch"], resources: ["*"], verbs: ["*"] }]), expect: { violations: [{ messageId: "workloadCreate", data: { kind: "Role", name: "r", verbs: "every verb (*)", resources: "jobs, cronjobs", index: "0" } }] } },
    { name: "any group: one finding per rule", resources: role([{ apiGroups: ["*"], resources: ["deployments"], verbs: ["create"] }]), expect: { violations: [{ messageId: "workloadCreate", data: { kind: "Role", name: "r", verbs: "create", resources: "deployments", index: "0" } }] } },
    { name: "read and scale only", resources: role([{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"] }, { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["update"] }]), expect: "pass" },
    { name: "create with resourceNames never matches", resources: role([{ apiGroups: [""], resources: ["pods"], resourceNames: ["x"], verbs: ["create"] }]), expect: "pass" },
    { name: "pods of another group", resources: role([{ apiGroups: ["metrics.k8s.io"], resources: ["pods"], verbs: ["create"] }]), expect: "pass" },
    { name: "verbs unknown during preview", resources: role([{ apiGroups: [""], resources: ["pods"], verbs: unknown("array") }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
