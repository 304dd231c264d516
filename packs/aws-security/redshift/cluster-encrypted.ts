import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/redshift";

export default defineRule({
    id: "redshift-cluster-encrypted",
    title: "Redshift clusters are encrypted at rest",
    description:
        "A warehouse holds the organisation's most complete copy of its data, and its snapshots travel to S3 and to other regions. Unencrypted, every block and snapshot is readable by whoever gets hold of the storage. The provider (and AWS, since early 2025) encrypts new clusters unless told otherwise, so this rule reports clusters that turn encryption off.",
    severity: "high",
    service: "redshift",
    frameworks: {
        "aws-fsbp": ["Redshift.10"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        'Remove `encrypted: "false"` (or set `encrypted: "true"`, optionally with `kmsKeyId` for a customer managed key). Redshift can encrypt an existing cluster in place, but the cluster is read-only while it migrates.',
    defaultLevel: "mandatory",
    messages: {
        disabled: "Redshift cluster `{{name}}` turns encryption at rest off (encrypted: false).",
    },
    examples: {
        violating: [
            {
                description: "a cluster with encryption turned off",
                resources: [
                    {
                        type: "aws:redshift/cluster:Cluster",
                        name: "warehouse",
                        props: { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", clusterType: "single-node", masterUsername: "warehouse_admin", manageMasterPassword: true, encrypted: "false" },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a cluster encrypted with a customer managed key",
                resources: [
                    {
                        type: "aws:redshift/cluster:Cluster",
                        name: "warehouse",
                        props: {
                            clusterIdentifier: "warehouse",
                            nodeType: "ra3.xlplus",
                            clusterType: "single-node",
                            masterUsername: "warehouse_admin",
                            manageMasterPassword: true,
                            encrypted: "true",
                            kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:redshift/cluster:Cluster",
    validate(props, ctx) {
        // The v7 provider types `encrypted` as a string ("true"/"false"); a boolean from JSON is read the same way.
        const value: unknown = props.encrypted;
        if (value === undefined || value === null) return; // provider default: "true"
        if (value === true || (typeof value === "string" && value.trim().toLowerCase() === "true")) return;
        ctx.report({ messageId: "disabled", data: { name: ctx.name }, propertyPath: "encrypted" });
    },
});
