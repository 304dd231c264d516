import { defineRule, propertyPath } from "../../../src";
import { ANY_ROLE_TYPES, coversUserExtras, ESCALATION_PERMISSIONS, grantedRules, grantOf, matchedVerbs, roleKindOf, type PolicyRuleView } from "../lib/rbac";

/** The escalation verbs the rule grants on what they act on (roles for escalate and bind; users, groups, service accounts for impersonate). */
function escalationVerbs(rule: PolicyRuleView): string[] {
    const granted: string[] = [];
    for (const { verb, permissions } of ESCALATION_PERMISSIONS) {
        const onTarget = permissions.some((p) => grantOf(rule, p) !== undefined) || (verb === "impersonate" && coversUserExtras(rule) && matchedVerbs(rule, [verb]).length > 0);
        if (onTarget) granted.push(verb);
    }
    return granted;
}
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-escalation-verbs",
    title: "Roles do not grant escalate, bind or impersonate",
    description:
        "escalate on roles lets a subject write roles with more permissions than its own, bind lets it bind any role to itself, and impersonate on users, groups or service accounts lets it act as any of them: each is a direct path to cluster-admin. A `*` verb grants them too.",
    severity: "high",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.8"] },
    tags: ["rbac", "least-privilege"],
    remediation: "Remove the escalate, bind and impersonate verbs; grant them only to the few controllers that manage RBAC, with `resourceNames` where possible.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a Role that can bind and escalate",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "access-manager",
                        props: {
                            metadata: { namespace: "shop" },
                            rules: [
                                {
                                    apiGroups: ["rbac.authorization.k8s.io"],
                                    resources: ["roles", "rolebindings"],
                                    verbs: ["get", "list", "create", "update", "bind", "escalate"],
                                },
                            ],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the same Role without bind and escalate",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "access-manager",
                        props: {
                            metadata: { namespace: "shop" },
                            rules: [
                                { apiGroups: ["rbac.authorization.k8s.io"], resources: ["roles", "rolebindings"], verbs: ["get", "list", "create", "update"] },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_ROLE_TYPES],
    validate(props, ctx) {
        const kind = roleKindOf(ctx.type);
        for (const rule of grantedRules(props)) {
            const granted = escalationVerbs(rule);
            if (granted.length > 0) {
                const through = granted.some((verb) => !rule.verbs.includes(verb)) ? ' (through "*")' : "";
                ctx.report({
                    message: `${kind} \`${ctx.name}\` grants ${granted.join(", ")}${through} in rules[${rule.index}].`,
                    propertyPath: propertyPath("rules", rule.index, "verbs"),
                });
            }
        }
    },
});
