import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import { container, workload } from "../__tests__/fixtures";
import rule from "./workload-no-cluster-admin-service-account";

const CRB = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
const RB = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
const ADMIN = { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" };
const VIEW = { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" };

const binding = (type: string, name: string, props: Record<string, unknown>, propertyDependencies?: Record<string, string[]>) =>
    mockResource.untyped(type, { metadata: { name }, ...props }, { name, propertyDependencies });
const sa = (name: string, namespace: string) => ({ kind: "ServiceAccount", name, namespace });

const ci = workload("Deployment", { serviceAccountName: "ci", containers: [container()] }, { name: "runner", namespace: "tools" });
const web = workload("Deployment", { containers: [container()] }, { name: "web", namespace: "shop" });
const job = workload("CronJob", { serviceAccountName: "ci", containers: [container()] }, { name: "nightly", namespace: "tools" });
const autoSa = mockResource("kubernetes:core/v1:ServiceAccount", { metadata: { namespace: "tools" } }, { name: "deployer" });

export const cases: RuleCase[] = [
    {
        name: "ClusterRoleBinding of the workload's service account",
        resources: [ci, binding(CRB, "ci-admin", { roleRef: ADMIN, subjects: [sa("ci", "tools")] })],
        expect: { violations: [{ urn: ci.urn, propertyPath: "spec.template.spec.serviceAccountName", messageIncludes: "`ci-admin`" }] },
    },
    {
        name: "CronJob and Deployment sharing the account",
        resources: [ci, job, binding(CRB, "ci-admin", { roleRef: ADMIN, subjects: [sa("ci", "tools")] })],
        expect: { violations: [{ urn: ci.urn }, { urn: job.urn, propertyPath: "spec.jobTemplate.spec.template.spec.serviceAccountName" }] },
    },
    {
        name: "RoleBinding subject without namespace takes the binding's, and default service account",
        resources: [web, binding(RB, "shop-admin", { metadata: { name: "shop-admin", namespace: "shop" }, roleRef: ADMIN, subjects: [{ kind: "ServiceAccount", name: "default" }] })],
        expect: { violations: [{ urn: web.urn, propertyPath: "spec.template.spec.serviceAccountName" }] },
    },
    { name: "same account name in another namespace", resources: [ci, binding(CRB, "ci-admin", { roleRef: ADMIN, subjects: [sa("ci", "other")] })], expect: "pass" },
    { name: "binding to view", resources: [ci, binding(CRB, "ci-view", { roleRef: VIEW, subjects: [sa("ci", "tools")] })], expect: "pass" },
    {
        name: "every service account of a namespace through the system group",
        resources: [ci, web, binding(CRB, "tools-admin", { roleRef: ADMIN, subjects: [{ kind: "Group", name: "system:serviceaccounts:tools", apiGroup: "rbac.authorization.k8s.io" }] })],
        expect: { violations: [{ urn: ci.urn }] },
    },
    {
        name: "join through the ServiceAccount dependency while its name is unknown (preview)",
        resources: [
            autoSa,
            workload("Deployment", { serviceAccountName: unknown(), containers: [container()] }, { name: "deployer", namespace: "tools", propertyDependencies: { spec: [autoSa.urn] } }),
            binding(CRB, "deployer-admin", { roleRef: ADMIN, subjects: [{ kind: "ServiceAccount", name: unknown(), namespace: "tools" }] }, { subjects: [autoSa.urn] }),
        ],
        expect: { violations: [{ urn: "urn:pulumi:test::guardrails-test::kubernetes:apps/v1:Deployment::deployer" }] },
    },
    {
        name: "a subject whose name is missing (dropped output) is joined through its ServiceAccount dependency",
        resources: [
            autoSa,
            workload("Pod", { serviceAccountName: unknown(), containers: [container()] }, { name: "deployer", namespace: "tools", propertyDependencies: { spec: [autoSa.urn] } }),
            binding(CRB, "deployer-admin", { roleRef: ADMIN, subjects: [{ kind: "ServiceAccount", namespace: "tools" }] }, { subjects: [autoSa.urn] }),
        ],
        expect: { violations: [{ urn: "urn:pulumi:test::guardrails-test::kubernetes:core/v1:Pod::deployer", propertyPath: "spec.serviceAccountName" }] },
    },
    {
        name: "an unknown roleRef is not judged",
        resources: [ci, binding(CRB, "maybe", { roleRef: { ...ADMIN, name: unknown() }, subjects: [sa("ci", "tools")] })],
        expect: "skipped",
    },
    {
        name: "a workload whose service account cannot be told is skipped",
        resources: [workload("Pod", { serviceAccountName: unknown(), containers: [container()] }, { namespace: "tools" }), binding(CRB, "ci-admin", { roleRef: ADMIN, subjects: [sa("ci", "tools")] })],
        expect: "skipped",
    },
    {
        name: "joined through the ServiceAccount dependency while its name is unknown (preview), to an account no binding names",
        resources: [
            autoSa,
            workload("Deployment", { serviceAccountName: unknown(), containers: [container()] }, { name: "deployer", namespace: "tools", propertyDependencies: { spec: [autoSa.urn] } }),
            binding(CRB, "ci-admin", { roleRef: ADMIN, subjects: [sa("ci", "tools")] }),
        ],
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
