import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-csr-approval";

const CR = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
const role = (rules: MockProps<typeof CR>["rules"]) => mockResource(CR, { metadata: { name: "r" }, rules }, { name: "r" });
const CERTS = "certificates.k8s.io";
const approval = (verbs = ["update"]) => ({ apiGroups: [CERTS], resources: ["certificatesigningrequests/approval"], verbs });
const signers = (resourceNames?: string[]) => ({ apiGroups: [CERTS], resources: ["signers"], resourceNames, verbs: ["approve"] });

export const cases: RuleCase[] = [
    {
        name: "approval and approve on every signer",
        resources: role([{ apiGroups: [CERTS], resources: ["certificatesigningrequests"], verbs: ["get"] }, approval(), signers()]),
        expect: {
            violations: [
                { messageId: "approval", data: { kind: "ClusterRole", name: "r", verbs: "update", index: "1", signer: " with approve on the cluster's signers" }, propertyPath: "rules[1]" },
            ],
        },
    },
    { name: "approval subresource alone (CIS 5.1.11)", resources: role([approval(["patch"])]), expect: { violations: [{ messageId: "approval", data: { kind: "ClusterRole", name: "r", verbs: "patch", index: "0", signer: "" } }] } },
    { name: "approve for the kube-apiserver-client signer", resources: role([approval(), signers(["kubernetes.io/kube-apiserver-client"])]), expect: { violations: ["rules[0]"] } },
    { name: "every verb on the group", resources: role([{ apiGroups: [CERTS], resources: ["*"], verbs: ["*"] }]), expect: { violations: ["rules[0]"] } },
    { name: "approve limited to the role's own signer", resources: role([approval(), signers(["example.com/my-signer"])]), expect: "pass" },
    { name: "read and create CSRs only", resources: role([{ apiGroups: [CERTS], resources: ["certificatesigningrequests"], verbs: ["get", "list", "create"] }]), expect: "pass" },
    { name: "approve on signers alone cannot approve", resources: role([signers()]), expect: "pass" },
    { name: "verbs unknown during preview", resources: role([{ apiGroups: [CERTS], resources: ["certificatesigningrequests/approval"], verbs: unknown("array") }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
