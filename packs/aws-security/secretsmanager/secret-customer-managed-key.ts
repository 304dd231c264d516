import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { kmsKeyReference } from "../lib/kms-keys";
import type {} from "../../../src/types/aws/secretsmanager";

export default defineRule({
    id: "secretsmanager-secret-customer-managed-key",
    title: "Secrets Manager secrets are encrypted with a customer managed KMS key",
    description:
        "Without a key of your own, a secret is encrypted with the account's AWS managed aws/secretsmanager key, which every principal allowed to read secrets can use: its key policy cannot be narrowed, and the secret cannot be shared with another account. A customer managed key adds a second, separately audited gate in front of the secret value. Replicas are judged too, each against the key of its own Region.",
    severity: "low",
    service: "secretsmanager",
    frameworks: {
        "nist-800-53-r5": ["SC-12", "SC-28"],
    },
    tags: ["encryption", "credentials"],
    remediation:
        "Set `kmsKeyId` to the ARN of a customer managed key (`kmsKeyId: key.arn`), and `kmsKeyId` on each entry of `replicas` to a key in that replica's Region. Grant the readers `kms:Decrypt` on the key.",
    defaultLevel: "advisory",
    messages: {
        noKey: "Secret `{{name}}` sets no kmsKeyId, so it is encrypted with the AWS managed key aws/secretsmanager.",
        awsManagedKey: "Secret `{{name}}` names an AWS managed key alias (alias/aws/…) in kmsKeyId, not a customer managed key.",
        replicaNoKey: "Secret `{{name}}` has a replica ({{path}}) without kmsKeyId, so the replica is encrypted with the AWS managed key aws/secretsmanager of its Region.",
        replicaAwsManagedKey: "Secret `{{name}}` has a replica ({{path}}) whose kmsKeyId names an AWS managed key alias (alias/aws/…), not a customer managed key.",
    },
    examples: {
        violating: [
            {
                description: "a secret on the AWS managed key",
                resources: [{ type: "aws:secretsmanager/secret:Secret", name: "db-credentials", props: { name: "orders/db-credentials" } }],
            },
        ],
        compliant: [
            {
                description: "a secret encrypted with a customer managed key",
                resources: [
                    {
                        type: "aws:secretsmanager/secret:Secret",
                        name: "db-credentials",
                        props: { name: "orders/db-credentials", kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:secretsmanager/secret:Secret",
    validate(props, ctx) {
        const key = kmsKeyReference(props.kmsKeyId);
        if (key !== "customer-managed") {
            ctx.report({ messageId: key === "none" ? "noKey" : "awsManagedKey", data: { name: ctx.name }, propertyPath: "kmsKeyId" });
        }
        listOf(props.replicas).forEach((replica, index) => {
            const replicaKey = kmsKeyReference(recordOf(replica).kmsKeyId);
            if (replicaKey === "customer-managed") return;
            const path = propertyPath("replicas", index);
            ctx.report({
                messageId: replicaKey === "none" ? "replicaNoKey" : "replicaAwsManagedKey",
                data: { name: ctx.name, path },
                propertyPath: `${path}.kmsKeyId`,
            });
        });
    },
});
