import { defineRule, listOf, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/eks";

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
    examples: {
        violating: [
            {
                description: "secrets not encrypted with a key of your own",
                resources: [
                    {
                        type: "aws:eks/cluster:Cluster",
                        name: "main",
                        props: {
                            roleArn: "arn:aws:iam::111122223333:role/eks-cluster",
                            vpcConfig: { subnetIds: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"], endpointPrivateAccess: true, endpointPublicAccess: false },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "secrets envelope-encrypted with a customer managed key",
                resources: [
                    {
                        type: "aws:eks/cluster:Cluster",
                        name: "main",
                        props: {
                            roleArn: "arn:aws:iam::111122223333:role/eks-cluster",
                            vpcConfig: { subnetIds: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"], endpointPrivateAccess: true, endpointPublicAccess: false },
                            encryptionConfig: {
                                resources: ["secrets"],
                                provider: { keyArn: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
                            },
                        },
                    },
                ],
            },
        ],
    },
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
