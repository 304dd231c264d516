import { defineRule } from "../../../src";
import { kmsKeyReference } from "../lib/kms-keys";
import { isSet, RDS_CLUSTER, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

export default defineRule({
    id: "rds-storage-customer-managed-key",
    title: "RDS and Aurora storage is encrypted with a customer managed KMS key",
    description:
        "Without `kmsKeyId`, encrypted RDS storage, its automated backups, snapshots and replicas use the AWS managed aws/rds key. That key's policy cannot be narrowed, so anyone allowed to restore or copy snapshots in the account can read them, and a snapshot encrypted with it cannot be shared with another account. A customer managed key puts the data behind a key policy you control and can revoke. Same-Region read replicas without a key of their own inherit their source's key and are not judged.",
    severity: "low",
    service: "rds",
    frameworks: {
        "nist-800-53-r5": ["SC-12", "SC-28"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `storageEncrypted: true` and `kmsKeyId` to the ARN of a customer managed key (`kmsKeyId: key.arn`). The key of an existing database cannot be changed in place: copy a snapshot with the new key and restore from the copy.",
    defaultLevel: "advisory",
    messages: {
        noKey: "{{kind}} `{{name}}` sets no kmsKeyId, so its storage, backups and snapshots are not encrypted with a customer managed key (AWS uses aws/rds when storage is encrypted).",
        awsManagedKey: "{{kind}} `{{name}}` names an AWS managed key alias (alias/aws/…) in kmsKeyId, not a customer managed key.",
    },
    examples: {
        violating: [
            {
                description: "encrypted storage on the AWS managed key",
                resources: [
                    {
                        type: "aws:rds/cluster:Cluster",
                        name: "orders",
                        props: {
                            clusterIdentifier: "orders",
                            engine: "aurora-postgresql",
                            engineVersion: "16.4",
                            masterUsername: "orders_admin",
                            manageMasterUserPassword: true,
                            storageEncrypted: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "encrypted storage on a customer managed key",
                resources: [
                    {
                        type: "aws:rds/cluster:Cluster",
                        name: "orders",
                        props: {
                            clusterIdentifier: "orders",
                            engine: "aurora-postgresql",
                            engineVersion: "16.4",
                            masterUsername: "orders_admin",
                            manageMasterUserPassword: true,
                            storageEncrypted: true,
                            kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER],
    validate(props, ctx) {
        const key = kmsKeyReference(props.kmsKeyId);
        if (key === "customer-managed") return;
        if (key === "none") {
            const { resource } = ctx;
            // A replica without a key of its own takes its source's key; the source is judged itself.
            if (resource.type === RDS_INSTANCE && isSet(resource.props.replicateSourceDb)) return;
            if (resource.type === RDS_CLUSTER && isSet(resource.props.replicationSourceIdentifier)) return;
        }
        ctx.report({ messageId: key === "none" ? "noKey" : "awsManagedKey", data: { kind: rdsKind(ctx.type), name: ctx.name }, propertyPath: "kmsKeyId" });
    },
});
