/**
 * Reading RBAC Roles, ClusterRoles and their bindings the way the API server's RBAC authorizer
 * does (k8s.io/component-helpers/auth/rbac/validation: APIGroupMatches, ResourceMatches,
 * VerbMatches): `*` in apiGroups, resources or verbs matches everything, a resource `*` + `/sub` matches that
 * subresource of every resource, and subresources are spelled `resource/sub`.
 *
 * Every API version of the rbac.authorization.k8s.io group is judged (v1, and the old v1beta1
 * and v1alpha1 that older clusters and providers still accept), and the *Patch types: a
 * `rules` or `subjects` list in a patch replaces the object's (neither has a merge key), so
 * what a patch sets is what the object grants.
 */
import { listOf, recordOf } from "../../../src";

export const ROLE_TYPES = [
    "kubernetes:rbac.authorization.k8s.io/v1:Role",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:Role",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:Role",
    "kubernetes:rbac.authorization.k8s.io/v1:RolePatch",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:RolePatch",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:RolePatch",
] as const;

export const CLUSTER_ROLE_TYPES = [
    "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRole",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRole",
    "kubernetes:rbac.authorization.k8s.io/v1:ClusterRolePatch",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRolePatch",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRolePatch",
] as const;

export const ROLE_BINDING_TYPES = [
    "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:RoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:RoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1:RoleBindingPatch",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:RoleBindingPatch",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:RoleBindingPatch",
] as const;

export const CLUSTER_ROLE_BINDING_TYPES = [
    "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBindingPatch",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRoleBindingPatch",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRoleBindingPatch",
] as const;

/** Roles and ClusterRoles of every version, patches included. */
export const ANY_ROLE_TYPES = [...ROLE_TYPES, ...CLUSTER_ROLE_TYPES] as const;
/** RoleBindings and ClusterRoleBindings of every version, patches included. */
export const ANY_BINDING_TYPES = [...ROLE_BINDING_TYPES, ...CLUSTER_ROLE_BINDING_TYPES] as const;

const ROLE_TYPE_SET: ReadonlySet<string> = new Set(ROLE_TYPES);
const ROLE_BINDING_TYPE_SET: ReadonlySet<string> = new Set(ROLE_BINDING_TYPES);

/** "Role" or "ClusterRole", from a role token of any version. */
export function roleKindOf(type: string): "Role" | "ClusterRole" {
    return ROLE_TYPE_SET.has(type) ? "Role" : "ClusterRole";
}

/** "RoleBinding" or "ClusterRoleBinding", from a binding token of any version. */
export function bindingKindOf(type: string): "RoleBinding" | "ClusterRoleBinding" {
    return ROLE_BINDING_TYPE_SET.has(type) ? "RoleBinding" : "ClusterRoleBinding";
}

/** One rule of a Role or ClusterRole, its string lists read defensively. */
export interface PolicyRuleView {
    readonly index: number;
    readonly verbs: readonly string[];
    readonly resources: readonly string[];
    readonly apiGroups: readonly string[];
    readonly resourceNames: readonly string[];
}

function strings(value: unknown): string[] {
    return listOf(value).filter((v): v is string => typeof v === "string");
}

/**
 * The rules a Role or ClusterRole grants. A ClusterRole with an `aggregationRule` gets its rules
 * from the controller, which overwrites whatever `rules` says, so it is not judged on them (the
 * ClusterRoles it aggregates are judged on theirs).
 */
export function grantedRules(props: unknown): PolicyRuleView[] {
    const record = recordOf(props);
    const aggregation = record.aggregationRule;
    if (aggregation !== undefined && aggregation !== null) return [];
    return listOf(record.rules).map((entry, index) => {
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

/** True when the rule's apiGroups include `group` (the core group is ""), or `*`. */
export function coversGroup(rule: PolicyRuleView, group: string): boolean {
    return rule.apiGroups.includes(group) || rule.apiGroups.includes("*");
}

/** True when the rule's resources cover `resource` (`pods`, or a subresource such as `pods/exec`). */
export function coversResource(rule: PolicyRuleView, resource: string): boolean {
    const slash = resource.indexOf("/");
    const wildSub = slash > 0 ? `*${resource.slice(slash)}` : undefined;
    for (const r of rule.resources) {
        if (r === "*" || r === resource || (wildSub !== undefined && r === wildSub)) return true;
    }
    return false;
}

/** The rule's verbs among `verbs`, with `*` standing for all of them. */
export function matchedVerbs(rule: PolicyRuleView, verbs: readonly string[]): string[] {
    const out: string[] = [];
    for (const verb of rule.verbs) if (verb === "*" || verbs.includes(verb)) out.push(verb);
    return out;
}

/** A permission: verbs (any verb when absent) on resources of one API group. */
export interface Permission {
    readonly group: string;
    readonly resources: readonly string[];
    readonly verbs?: readonly string[];
}

/** What one rule grants of a permission: the resources it covers and the verbs, or undefined. */
export interface Grant {
    readonly resources: string[];
    readonly verbs: string[];
}

/** What `rule` grants of `permission`, or undefined when it grants none of it. */
export function grantOf(rule: PolicyRuleView, permission: Permission): Grant | undefined {
    if (!coversGroup(rule, permission.group)) return undefined;
    const verbs = permission.verbs ? matchedVerbs(rule, permission.verbs) : [...rule.verbs];
    if (verbs.length === 0) return undefined;
    const resources = permission.resources.filter((r) => coversResource(rule, r));
    return resources.length > 0 ? { resources, verbs } : undefined;
}

/** Verbs as a message lists them: `*` spelled out. */
export function verbList(verbs: readonly string[]): string {
    return verbs.map((v) => (v === "*" ? "every verb (*)" : v)).join(", ");
}

/** One subject of a binding. */
export interface SubjectView {
    readonly index: number;
    readonly kind: string | undefined;
    readonly name: string | undefined;
}

/** The subjects of a RoleBinding or ClusterRoleBinding. */
export function subjectsOf(props: unknown): SubjectView[] {
    return listOf(recordOf(props).subjects).map((entry, index) => {
        const subject = recordOf(entry);
        return {
            index,
            kind: typeof subject.kind === "string" ? subject.kind : undefined,
            name: typeof subject.name === "string" ? subject.name : undefined,
        };
    });
}

/** A binding's roleRef, its kind and name when they are strings. */
export function roleRefOf(props: unknown): { kind: string | undefined; name: string | undefined } {
    const ref = recordOf(recordOf(props).roleRef);
    return { kind: typeof ref.kind === "string" ? ref.kind : undefined, name: typeof ref.name === "string" ? ref.name : undefined };
}

/*
 * Permissions the rules look for. Resources and verbs are as the API server authorizes them
 * (https://kubernetes.io/docs/reference/access-authn-authz/rbac/ and
 * https://kubernetes.io/docs/concepts/security/rbac-good-practices/).
 */

/** Reading Secrets: list and watch return every Secret's data, as get does. */
export const SECRET_READ: Permission = { group: "", resources: ["secrets"], verbs: ["get", "list", "watch"] };

/** Any verb on the kubelet API through the API server's node proxy. */
export const NODE_PROXY: Permission = { group: "", resources: ["nodes/proxy"] };

/** Writing admission webhook configurations. */
export const WEBHOOK_WRITE: Permission = {
    group: "admissionregistration.k8s.io",
    resources: ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"],
    verbs: ["create", "update", "patch", "delete", "deletecollection"],
};

/** Minting tokens for service accounts (TokenRequest). */
export const SERVICE_ACCOUNT_TOKEN_CREATE: Permission = { group: "", resources: ["serviceaccounts/token"], verbs: ["create"] };

/**
 * Running commands in, or attaching to, a pod's containers. `get` counts too: before Kubernetes
 * 1.35 (AuthorizePodWebsocketUpgradeCreatePermission) a WebSocket exec or attach is authorized
 * as `get`, and kubectl uses WebSockets since 1.31.
 */
export const POD_EXEC: Permission = { group: "", resources: ["pods/exec", "pods/attach"], verbs: ["create", "get"] };

/** Creating pods, directly or through a workload controller that creates them. */
export const WORKLOAD_CREATE: readonly Permission[] = [
    { group: "", resources: ["pods", "replicationcontrollers"], verbs: ["create"] },
    { group: "apps", resources: ["deployments", "replicasets", "statefulsets", "daemonsets"], verbs: ["create"] },
    { group: "extensions", resources: ["deployments", "replicasets", "daemonsets"], verbs: ["create"] },
    { group: "batch", resources: ["jobs", "cronjobs"], verbs: ["create"] },
];

/** Updating a CertificateSigningRequest's approval condition. */
export const CSR_APPROVAL: Permission = { group: "certificates.k8s.io", resources: ["certificatesigningrequests/approval"], verbs: ["update", "patch"] };

/** Approving requests for a signer (checked on the `signers` resource, named by signer). */
export const SIGNER_APPROVE: Permission = { group: "certificates.k8s.io", resources: ["signers"], verbs: ["approve"] };

/** Verbs that raise the subject's own permissions, each with what it must be granted on to do so. */
export const ESCALATION_PERMISSIONS: ReadonlyArray<{ readonly verb: string; readonly permissions: readonly Permission[] }> = [
    { verb: "escalate", permissions: [{ group: "rbac.authorization.k8s.io", resources: ["roles", "clusterroles"], verbs: ["escalate"] }] },
    // The API server checks bind on the role being bound; on the bindings themselves it grants nothing, but it is
    // written that way often enough, meaning the same, that it counts too (as checkov CKV_K8S_157 does).
    { verb: "bind", permissions: [{ group: "rbac.authorization.k8s.io", resources: ["roles", "clusterroles", "rolebindings", "clusterrolebindings"], verbs: ["bind"] }] },
    {
        verb: "impersonate",
        permissions: [
            { group: "", resources: ["users", "groups", "serviceaccounts"], verbs: ["impersonate"] },
            { group: "authentication.k8s.io", resources: ["uids"], verbs: ["impersonate"] },
        ],
    },
];

/** True when the rule grants impersonation of user extras (`userextras/<key>`), matched by prefix. */
export function coversUserExtras(rule: PolicyRuleView): boolean {
    return coversGroup(rule, "authentication.k8s.io") && rule.resources.some((r) => r.startsWith("userextras/"));
}

/** Forwarding local ports to a pod's ports (`get` as for exec: a WebSocket upgrade before 1.35). */
export const POD_PORT_FORWARD: Permission = { group: "", resources: ["pods/portforward"], verbs: ["create", "get"] };

const READ_VERBS: ReadonlySet<string> = new Set(["get", "list", "watch"]);

/** Resources whose mere reading is sensitive: Secrets, pods and pod templates (env values), nodes, and pod/node access subresources. */
const SENSITIVE_READ: ReadonlySet<string> = new Set([
    "*", "secrets", "pods", "pods/exec", "pods/attach", "pods/portforward", "pods/proxy", "pods/log", "deployments", "statefulsets",
    "daemonsets", "replicasets", "replicationcontrollers", "jobs", "cronjobs", "nodes", "nodes/proxy", "serviceaccounts/token",
]);

/**
 * The first way a role's rules go beyond reading harmless resources: a verb other than get, list
 * and watch on any resource, or reading one of SENSITIVE_READ. Undefined when the role only reads
 * (say ConfigMaps or Services) or only reaches non-resource URLs.
 */
export function sensitiveGrant(rules: readonly PolicyRuleView[]): { index: number; what: string } | undefined {
    for (const rule of rules) {
        if (rule.resources.length === 0) continue;
        const write = rule.verbs.find((v) => !READ_VERBS.has(v));
        if (write !== undefined) return { index: rule.index, what: `grants ${verbList([write])} on ${rule.resources.join(", ")}` };
        if (rule.verbs.length === 0) continue;
        const read = rule.resources.find((r) => SENSITIVE_READ.has(r));
        if (read !== undefined) return { index: rule.index, what: `reads ${read === "*" ? "every resource (*)" : read}` };
    }
    return undefined;
}
