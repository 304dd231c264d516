import { defineRule, propertyPath } from "../../../src";
import { ANY_ROLE_TYPES, CSR_APPROVAL, grantedRules, grantOf, roleKindOf, SIGNER_APPROVE, verbList, type PolicyRuleView } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

/** Signers run by Kubernetes itself; approving for them issues certificates the cluster trusts. */
const BUILT_IN_SIGNER_PREFIX = "kubernetes.io/";

/** True when a `signers` approve grant is limited to signers outside kubernetes.io (its own CA, not the cluster's). */
function onlyCustomSigners(rule: PolicyRuleView): boolean {
    return rule.resourceNames.length > 0 && rule.resourceNames.every((name) => name !== "*" && !name.startsWith(BUILT_IN_SIGNER_PREFIX));
}

export default defineRule({
    id: "k8s-rbac-no-csr-approval",
    title: "Roles do not approve certificate signing requests",
    description:
        "Approving a CertificateSigningRequest (update on certificatesigningrequests/approval, together with approve on the request's signer) issues a certificate the cluster trusts: for the kube-apiserver-client signer, a client certificate for any user or group the requester names, system:masters included, which cannot be revoked. A role whose approve grant is limited with `resourceNames` to signers outside kubernetes.io is left alone.",
    severity: "high",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.11"] },
    tags: ["rbac", "least-privilege", "certificates"],
    remediation:
        'Leave CSR approval to the controller manager and a vetted approver; if a controller must approve, limit its `signers` rule with `resourceNames` to the signer it serves (e.g. `["example.com/my-signer"]`) and keep `update` on `certificatesigningrequests/approval` out of roles given to people.',
    defaultLevel: "advisory",
    messages: {
        approval: "{{kind}} `{{name}}` grants {{verbs}} on certificatesigningrequests/approval in rules[{{index}}]{{signer}}: it can approve certificates the cluster trusts.",
    },
    examples: {
        violating: [
            {
                description: "a ClusterRole that approves client certificates",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
                        name: "csr-approver",
                        props: {
                            rules: [
                                { apiGroups: ["certificates.k8s.io"], resources: ["certificatesigningrequests"], verbs: ["get", "list", "watch"] },
                                { apiGroups: ["certificates.k8s.io"], resources: ["certificatesigningrequests/approval"], verbs: ["update"] },
                                { apiGroups: ["certificates.k8s.io"], resources: ["signers"], resourceNames: ["kubernetes.io/kube-apiserver-client"], verbs: ["approve"] },
                            ],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an approver limited to its own signer",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
                        name: "csr-approver",
                        props: {
                            rules: [
                                { apiGroups: ["certificates.k8s.io"], resources: ["certificatesigningrequests"], verbs: ["get", "list", "watch"] },
                                { apiGroups: ["certificates.k8s.io"], resources: ["certificatesigningrequests/approval"], verbs: ["update"] },
                                { apiGroups: ["certificates.k8s.io"], resources: ["signers"], resourceNames: ["example.com/my-signer"], verbs: ["approve"] },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_ROLE_TYPES],
    validate(props, ctx) {
        const rules = grantedRules(props);
        let approval: { index: number; verbs: string[] } | undefined;
        let signerGranted = false;
        let signerLimited = false;
        for (const rule of rules) {
            const grant = grantOf(rule, CSR_APPROVAL);
            if (grant && !approval) approval = { index: rule.index, verbs: grant.verbs };
            if (grantOf(rule, SIGNER_APPROVE)) {
                if (onlyCustomSigners(rule)) signerLimited = true;
                else signerGranted = true;
            }
        }
        // The approve grant confined to the role's own signers: it cannot approve for the cluster's.
        if (!approval || (signerLimited && !signerGranted)) return;
        ctx.report({
            messageId: "approval",
            data: {
                kind: roleKindOf(ctx.type),
                name: ctx.name,
                verbs: verbList(approval.verbs),
                index: String(approval.index),
                signer: signerGranted ? " with approve on the cluster's signers" : "",
            },
            propertyPath: propertyPath("rules", approval.index),
        });
    },
});
