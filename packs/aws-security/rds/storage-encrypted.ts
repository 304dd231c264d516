import { defineRule } from "../../../src";
import { isServerlessV1, isSet, RDS_CLUSTER, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

export default defineRule({
    id: "rds-storage-encrypted",
    title: "RDS and Aurora storage is encrypted",
    description:
        "Without storage encryption, the database volume, its automated backups, snapshots and read replicas are stored in the clear, and a snapshot shared or copied by mistake exposes all of it. Encryption can only be chosen when the database is created.",
    severity: "high",
    service: "rds",
    frameworks: {
        "cis-aws-3.0": ["2.3.1"],
        "aws-fsbp": ["RDS.3", "RDS.27"],
        "nist-800-53-r5": ["SC-13", "SC-28"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `storageEncrypted: true` (optionally with `kmsKeyId` for a customer-managed key). An existing database cannot be encrypted in place: snapshot it, copy the snapshot with encryption, and restore from the copy.",
    defaultLevel: "mandatory",
    messages: {
        unencrypted: "{{kind}} `{{name}}` stores its data unencrypted: storageEncrypted is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "unencrypted storage",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: {
                            identifier: "orders-db",
                            engine: "postgres",
                            engineVersion: "16.4",
                            instanceClass: "db.t4g.medium",
                            allocatedStorage: 50,
                            username: "orders_admin",
                            manageMasterUserPassword: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "encrypted storage",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: {
                            identifier: "orders-db",
                            engine: "postgres",
                            engineVersion: "16.4",
                            instanceClass: "db.t4g.medium",
                            allocatedStorage: 50,
                            username: "orders_admin",
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
        const { resource } = ctx;
        const encrypted = props.storageEncrypted;
        if (encrypted === true) return;
        if (resource.type === RDS_INSTANCE) {
            // A read replica takes its encryption from the source (and from kmsKeyId across Regions);
            // the source database is judged on its own.
            if (isSet(resource.props.replicateSourceDb)) return;
        } else if (encrypted === undefined || encrypted === null) {
            // Aurora Serverless v1 clusters are always encrypted.
            if (isServerlessV1(resource.props.engineMode)) return;
        }
        let state = "not true";
        if (encrypted === false) state = "set to false";
        else if (encrypted === undefined || encrypted === null) state = "not set, and defaults to false";
        ctx.report({ messageId: "unencrypted", data: { kind: rdsKind(ctx.type), name: ctx.name, state }, propertyPath: "storageEncrypted" });
    },
});
