import { defineRule, propertyPath } from "../../../src";
import { ANY_ROLE_TYPES, grantedRules, grantOf, POD_EXEC, roleKindOf, verbList } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-pod-exec",
    title: "Roles do not grant exec or attach into pods",
    description:
        "pods/exec and pods/attach open a shell or a console in a running container: the subject can read the container's mounted Secrets and service account token and act with them. `get` is counted as well as `create` (deliberately stricter than most scanners): before Kubernetes 1.35 a WebSocket exec, which kubectl uses since 1.31, is authorized as `get`.",
    severity: "medium",
    service: "kubernetes",
    tags: ["rbac", "least-privilege"],
    remediation:
        "Remove `pods/exec` and `pods/attach` from the role given to people and automation; for debugging, grant them briefly through a separate, audited role, or use `kubectl debug` with an ephemeral container in a namespace set aside for it.",
    defaultLevel: "advisory",
    messages: {
        podExec: "{{kind}} `{{name}}` grants {{verbs}} on {{resources}} in rules[{{index}}]: it can run commands in the pods it reaches.",
    },
    examples: {
        violating: [
            {
                description: "a support Role that can exec into every pod of the namespace",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "support",
                        props: {
                            metadata: { namespace: "shop" },
                            rules: [
                                { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list"] },
                                { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
                            ],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the support Role reading pods and their logs only",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "support",
                        props: { metadata: { namespace: "shop" }, rules: [{ apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list"] }] },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_ROLE_TYPES],
    validate(props, ctx) {
        for (const rule of grantedRules(props)) {
            const grant = grantOf(rule, POD_EXEC);
            if (!grant) continue;
            ctx.report({
                messageId: "podExec",
                data: { kind: roleKindOf(ctx.type), name: ctx.name, verbs: verbList(grant.verbs), resources: grant.resources.join(", "), index: String(rule.index) },
                propertyPath: propertyPath("rules", rule.index),
            });
        }
    },
});
