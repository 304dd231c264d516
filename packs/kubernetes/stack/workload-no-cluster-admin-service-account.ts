import { defineRule, known, knownOr, peek, propertyPath, type StackResource } from "../../../src";
import { namespaceKeyOf, serviceAccountOf } from "../lib/namespaces";
import { kindOf, podSpecOf, POD_SPEC_TYPES } from "../lib/pod-spec";
import { bindsClusterAdmin, CLUSTER_ROLE_BINDING, ROLE_BINDING } from "../../shared/rbac";
import { SERVICE_ACCOUNT_TYPE, serviceAccountKey, serviceAccountResourceKey, serviceAccountSubjects } from "../lib/service-accounts";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";
import type {} from "../../../src/types/kubernetes/rbac";

interface WorkloadAccount {
    /** The service account's key, when preview can tell. */
    readonly key?: string;
    readonly namespaceKey?: string;
    readonly path: string;
}

/** Which service account a workload runs as (see lib/service-accounts.ts for the keys). */
function workloadAccount(workload: StackResource): WorkloadAccount | undefined {
    const pod = podSpecOf(workload.type, workload.props);
    if (!pod) return undefined;
    const path = propertyPath(pod.path, "serviceAccountName");
    const namespaceKey = namespaceKeyOf(workload);
    // Peeked: when preview does not know the name, the dependency on the ServiceAccount resource still tells.
    const name = peek(() => serviceAccountOf(pod));
    if (name.known && typeof name.value === "string") {
        return { key: namespaceKey === undefined ? undefined : serviceAccountKey(namespaceKey, name.value), namespaceKey, path };
    }
    // The name comes from a ServiceAccount resource whose name preview does not know yet.
    const sa = (workload.propertyDependencies.spec ?? []).find((r) => r.type === SERVICE_ACCOUNT_TYPE);
    if (sa) return { key: serviceAccountResourceKey(sa), namespaceKey, path };
    // Nothing tells which account: noted, so a rule that then reports nothing has not passed.
    known(() => serviceAccountOf(pod));
    return { key: undefined, namespaceKey, path };
}

export default defineRule({
    id: "k8s-workload-no-cluster-admin-service-account",
    title: "Workloads do not run with cluster-admin",
    description:
        "A pod whose service account is bound to cluster-admin carries a token that can do anything in the cluster: whoever gets code execution in the container owns the cluster.",
    severity: "critical",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.1"] },
    tags: ["rbac", "least-privilege"],
    remediation: "Bind the workload's service account to a role with only the permissions it needs, and remove its cluster-admin binding.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a workload whose service account is bound to cluster-admin",
                resources: [
                    { type: "kubernetes:core/v1:ServiceAccount", name: "ci-runner", props: { metadata: { name: "ci-runner", namespace: "ci" } } },
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
                        name: "ci-runner-admin",
                        props: {
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
                            subjects: [{ kind: "ServiceAccount", name: "ci-runner", namespace: "ci" }],
                        },
                    },
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "ci-runner",
                        props: {
                            metadata: { namespace: "ci", labels: { app: "ci-runner" } },
                            spec: {
                                replicas: 1,
                                selector: { matchLabels: { app: "ci-runner" } },
                                template: {
                                    metadata: { labels: { app: "ci-runner" } },
                                    spec: { containers: [{ name: "ci-runner", image: "ghcr.io/acme/ci-runner:2.3.0" }], serviceAccountName: "ci-runner" },
                                },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the service account bound to the edit role in the namespace it deploys to",
                resources: [
                    { type: "kubernetes:core/v1:ServiceAccount", name: "ci-runner", props: { metadata: { name: "ci-runner", namespace: "ci" } } },
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
                        name: "ci-runner-edit",
                        props: {
                            metadata: { namespace: "shop" },
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
                            subjects: [{ kind: "ServiceAccount", name: "ci-runner", namespace: "ci" }],
                        },
                    },
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "ci-runner",
                        props: {
                            metadata: { namespace: "ci", labels: { app: "ci-runner" } },
                            spec: {
                                replicas: 1,
                                selector: { matchLabels: { app: "ci-runner" } },
                                template: {
                                    metadata: { labels: { app: "ci-runner" } },
                                    spec: { containers: [{ name: "ci-runner", image: "ghcr.io/acme/ci-runner:2.3.0" }], serviceAccountName: "ci-runner" },
                                },
                            },
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        // Index: service account key (or namespace key, or "*") -> the binding granting cluster-admin.
        const accounts = new Map<string, string>();
        const namespaces = new Map<string, string>();
        let everyone: string | undefined;
        for (const binding of stack.ofType(CLUSTER_ROLE_BINDING, ROLE_BINDING)) {
            // A roleRef unknown in preview cannot be judged; the binding rule reports known ones.
            if (!knownOr(() => bindsClusterAdmin(binding.props), false)) continue;
            const subjects = serviceAccountSubjects(binding, binding.type === ROLE_BINDING);
            for (const key of subjects.accounts) if (!accounts.has(key)) accounts.set(key, binding.name);
            for (const key of subjects.namespaces) if (!namespaces.has(key)) namespaces.set(key, binding.name);
            if (subjects.all) everyone ??= binding.name;
        }
        if (accounts.size === 0 && namespaces.size === 0 && everyone === undefined) return;

        for (const workload of stack.ofType(...POD_SPEC_TYPES)) {
            const account = knownOr(() => workloadAccount(workload), undefined);
            if (!account) continue;
            const via =
                (account.key !== undefined ? accounts.get(account.key) : undefined) ??
                (account.namespaceKey !== undefined ? namespaces.get(account.namespaceKey) : undefined) ??
                everyone;
            if (via === undefined) continue;
            ctx.report({
                urn: workload.urn,
                message: `${kindOf(workload.type)} \`${workload.name}\` runs as a service account bound to cluster-admin by \`${via}\`.`,
                propertyPath: account.path,
            });
        }
    },
});
