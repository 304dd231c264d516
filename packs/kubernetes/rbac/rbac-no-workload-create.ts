import { defineRule, propertyPath } from "../../../src";
import { ANY_ROLE_TYPES, grantedRules, grantOf, roleKindOf, verbList, WORKLOAD_CREATE } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-workload-create",
    title: "Roles do not create pods or workloads",
    description:
        "Who can create a pod, or a Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob that creates one, can run it as any service account of the namespace and mount any of its Secrets, ConfigMaps and volumes: each is a way to the permissions of everything in that namespace, and with privileged pod settings admitted, to the node. Deploying identities need it; people and most controllers do not.",
    severity: "medium",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.4"] },
    tags: ["rbac", "least-privilege", "workloads"],
    remediation:
        "Keep `create` on pods and workload resources for the deploying identity (CI, GitOps controller), bound in the namespaces it deploys to; give people `get`, `list` and `watch`, and enforce Pod Security Admission `restricted` on those namespaces.",
    defaultLevel: "advisory",
    messages: {
        workloadCreate: "{{kind}} `{{name}}` grants {{verbs}} on {{resources}} in rules[{{index}}]: it can start pods that run as any service account of the namespace.",
    },
    examples: {
        violating: [
            {
                description: "a developer Role that can create Deployments and Jobs",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "developer",
                        props: {
                            metadata: { namespace: "shop" },
                            rules: [
                                { apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "create", "update"] },
                                { apiGroups: ["batch"], resources: ["jobs"], verbs: ["create"] },
                            ],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the developer Role that reads and scales Deployments",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "developer",
                        props: {
                            metadata: { namespace: "shop" },
                            rules: [
                                { apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"] },
                                { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["update", "patch"] },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_ROLE_TYPES],
    validate(props, ctx) {
        for (const rule of grantedRules(props)) {
            // create is never matched by resourceNames (a new object has no name to match yet).
            if (rule.resourceNames.length > 0) continue;
            const resources = new Set<string>();
            const verbs = new Set<string>();
            for (const permission of WORKLOAD_CREATE) {
                const grant = grantOf(rule, permission);
                if (!grant) continue;
                for (const r of grant.resources) resources.add(r);
                for (const v of grant.verbs) verbs.add(v);
            }
            if (resources.size === 0) continue;
            ctx.report({
                messageId: "workloadCreate",
                data: { kind: roleKindOf(ctx.type), name: ctx.name, verbs: verbList([...verbs]), resources: [...resources].join(", "), index: String(rule.index) },
                propertyPath: propertyPath("rules", rule.index),
            });
        }
    },
});
