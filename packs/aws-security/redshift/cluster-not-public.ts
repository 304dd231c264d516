import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/redshift";

export default defineRule({
    id: "redshift-cluster-not-public",
    title: "Redshift clusters are not publicly accessible",
    description:
        "A publicly accessible cluster gets a public IP address and a DNS name that resolves to it, so the warehouse is one security group rule away from the internet, where database ports are scanned and brute-forced constantly. The provider's default is private; this rule reports clusters that opt in.",
    severity: "critical",
    service: "redshift",
    frameworks: {
        "aws-fsbp": ["Redshift.1"],
        "nist-800-53-r5": ["AC-3", "AC-4", "SC-7"],
        "pci-dss-4.0": ["1.4.4"],
    },
    tags: ["exposure", "network"],
    remediation:
        "Remove `publiclyAccessible: true` (or set it to `false`) and reach the cluster from inside the VPC: through a VPN, AWS Client VPN, a bastion host or the Redshift Data API.",
    defaultLevel: "mandatory",
    messages: {
        public: "Redshift cluster `{{name}}` is publicly accessible (publiclyAccessible: true).",
    },
    examples: {
        violating: [
            {
                description: "a cluster with a public endpoint",
                resources: [
                    {
                        type: "aws:redshift/cluster:Cluster",
                        name: "warehouse",
                        props: { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", clusterType: "single-node", masterUsername: "warehouse_admin", manageMasterPassword: true, publiclyAccessible: true },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a private cluster",
                resources: [
                    {
                        type: "aws:redshift/cluster:Cluster",
                        name: "warehouse",
                        props: { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", clusterType: "single-node", masterUsername: "warehouse_admin", manageMasterPassword: true, publiclyAccessible: false },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:redshift/cluster:Cluster",
    validate(props, ctx) {
        // Absent means the provider's default, false.
        if (props.publiclyAccessible === true) ctx.report({ messageId: "public", data: { name: ctx.name }, propertyPath: "publiclyAccessible" });
    },
    remediate(props) {
        props.publiclyAccessible = false;
    },
});
