/** Reading RBAC roles and bindings. */
import { listOf, recordOf } from "../../src";

export const ROLE = "kubernetes:rbac.authorization.k8s.io/v1:Role";
export const CLUSTER_ROLE = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
export const ROLE_BINDING = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
export const CLUSTER_ROLE_BINDING = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";

/** One rule of a Role or ClusterRole, its string lists read defensively. */
export interface PolicyRuleView {
    readonly index: number;
    readonly verbs: string[];
    readonly resources: string[];
    readonly apiGroups: string[];
    readonly resourceNames: string[];
}

function strings(value: unknown): string[] {
    return listOf(value).filter((v): v is string => typeof v === "string");
}

/** The rules of a Role or ClusterRole. */
export function policyRules(props: unknown): PolicyRuleView[] {
    return listOf(recordOf(props).rules).map((entry, index) => {
        const rule = recordOf(entry);
        return {
            index,
            verbs: strings(rule.verbs),
            resources: strings(rule.resources),
            apiGroups: strings(rule.apiGroups),
            resourceNames: strings(rule.resourceNames),
        };
    });
}

/** True when a binding's roleRef points at the built-in cluster-admin ClusterRole. */
export function bindsClusterAdmin(props: unknown): boolean {
    const roleRef = recordOf(recordOf(props).roleRef);
    return roleRef.kind === "ClusterRole" && roleRef.name === "cluster-admin";
}

/** Verbs that let a subject raise its own permissions. */
export const ESCALATION_VERBS: readonly string[] = ["escalate", "bind", "impersonate"];
