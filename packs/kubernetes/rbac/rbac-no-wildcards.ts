import { defineRule, propertyPath } from "../../../src";
import { ANY_ROLE_TYPES, grantedRules, roleKindOf } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-wildcards",
    title: "Roles do not grant wildcard verbs or resources",
    description:
        "A `*` in verbs or resources grants every present and future verb or resource type, including ones added later by CRDs and sub-resources such as pods/exec, so the role's real power is unknowable from reading it.",
    severity: "high",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.3"] },
    tags: ["rbac", "least-privilege"],
    remediation: 'List the verbs and resources the subject needs, e.g. `{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"] }`.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "every verb on every resource of a group",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "deployer",
                        props: { metadata: { namespace: "shop" }, rules: [{ apiGroups: ["apps"], resources: ["*"], verbs: ["*"] }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the verbs and resources the subject needs",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "deployer",
                        props: {
                            metadata: { namespace: "shop" },
                            rules: [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch", "update", "patch"] }],
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
            for (const field of ["verbs", "resources"] as const) {
                if (rule[field].includes("*")) {
                    ctx.report({
                        message: `${kind} \`${ctx.name}\` grants every ${field === "verbs" ? "verb" : "resource"} ("*") in rules[${rule.index}].`,
                        propertyPath: propertyPath("rules", rule.index, field),
                    });
                }
            }
        }
    },
});
