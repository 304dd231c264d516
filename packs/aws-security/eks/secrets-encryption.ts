import { defineRule, listOf, recordOf } from "../../../src";

export default defineRule({
    id: "eks-cluster-secrets-encryption",
    title: "EKS clusters encrypt Kubernetes secrets with a customer-managed KMS key",
    description:
        "EKS encrypts Kubernetes API data with an AWS-owned key by default (Kubernetes 1.28+), but only envelope encryption with your own KMS key lets you control its key policy, audit every decryption in CloudTrail and cut off access to all secrets by disabling the key.",
    severity: "medium",
    service: "eks",
    frameworks: { "aws-fsbp": ["EKS.3"] },
    tags: ["encryption-at-rest"],
    remediation:
        'Add `encryptionConfig: { resources: ["secrets"], provider: { keyArn: key.arn } }` with an aws.kms.Key that has rotation enabled.',
    defaultLevel: "advisory",
    resourceType: "aws:eks/cluster:Cluster",
    validate(props, ctx) {
        const config = recordOf(props.encryptionConfig);
        const listed = config.resources;
        if (listOf(listed).includes("secrets")) return;
        const detail = props.encryptionConfig === undefined || props.encryptionConfig === null
            ? "has no encryptionConfig"
            : 'has an encryptionConfig whose resources do not include "secrets"';
        ctx.report({
            message: `EKS cluster \`${ctx.name}\` ${detail}, so Kubernetes secrets are not envelope-encrypted with a key you control.`,
            propertyPath: listed === undefined || listed === null ? "encryptionConfig" : "encryptionConfig.resources",
        });
    },
});
