import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/gcp/container";

/**
 * `masterAuth.clientCertificateConfig.issueClientCertificate` is false unless set: GKE has not
 * issued client certificates by default since 1.12, so leaving it out passes.
 */
export default requireSetting({
    id: "gcp-container-cluster-client-certificate-disabled",
    title: "GKE clusters do not issue client certificates",
    description:
        "A client certificate issued at cluster creation is a long-lived credential with cluster-admin rights that cannot be revoked short of rotating the cluster's CA. Anyone who finds it in state, CI logs or a laptop keeps full access; IAM-based authentication can be revoked and audited.",
    severity: "high",
    service: "container",
    frameworks: { "nist-800-53-r5": ["IA-5", "AC-2"] },
    tags: ["kubernetes", "credentials"],
    remediation: "Set `masterAuth.clientCertificateConfig.issueClientCertificate` to false on the gcp.container.Cluster (or remove `masterAuth`) and authenticate with IAM (gcloud or the GKE auth plugin).",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                resources: [
                    { type: "gcp:container/cluster:Cluster", name: "prod", props: { location: "europe-west1", initialNodeCount: 1, masterAuth: { clientCertificateConfig: { issueClientCertificate: true } } } },
                ],
            },
        ],
        compliant: [
            {
                resources: [
                    { type: "gcp:container/cluster:Cluster", name: "prod", props: { location: "europe-west1", initialNodeCount: 1, masterAuth: { clientCertificateConfig: { issueClientCertificate: false } } } },
                ],
            },
        ],
    },
    resourceType: "gcp:container/cluster:Cluster",
    path: ["masterAuth", "clientCertificateConfig", "issueClientCertificate"],
    expected: false,
    defaultSatisfies: true,
    message: (ctx) => `Cluster \`${ctx.name}\` issues a client certificate: masterAuth.clientCertificateConfig.issueClientCertificate is not false.`,
});
