import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { isWorldCidr } from "../../shared/cidr";
import type {} from "../../../src/types/aws/eks";

export default defineRule({
    id: "eks-cluster-endpoint-not-public",
    title: "EKS API endpoints are not open to the internet",
    description:
        "The Kubernetes API server endpoint of an EKS cluster is public and reachable from 0.0.0.0/0 unless told otherwise. An internet-facing control plane is exposed to credential stuffing, stolen kubeconfigs and any future API server vulnerability.",
    severity: "high",
    service: "eks",
    frameworks: {
        "aws-fsbp": ["EKS.1"],
        "nist-800-53-r5": ["AC-3", "AC-4", "AC-6", "AC-21", "SC-7"],
        "pci-dss-4.0": ["1.4.4"],
    },
    tags: ["exposure"],
    remediation:
        "Set `vpcConfig.endpointPrivateAccess: true` and `vpcConfig.endpointPublicAccess: false`, reaching the API through the VPC (VPN, bastion or SSM). If a public endpoint is unavoidable, list the allowed networks in `vpcConfig.publicAccessCidrs` (never 0.0.0.0/0).",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            allowRestrictedPublicAccess: {
                type: "boolean",
                description:
                    "Accept a public endpoint whose publicAccessCidrs exclude 0.0.0.0/0 and ::/0. Set to false to require a private-only endpoint, as Security Hub EKS.1 does.",
            },
        },
    },
    configDefaults: { allowRestrictedPublicAccess: true },
    examples: {
        violating: [
            {
                description: "the API endpoint is public by default",
                resources: [
                    {
                        type: "aws:eks/cluster:Cluster",
                        name: "main",
                        props: {
                            roleArn: "arn:aws:iam::111122223333:role/eks-cluster",
                            vpcConfig: { subnetIds: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"] },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a private API endpoint",
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
    },
    resourceType: "aws:eks/cluster:Cluster",
    validate(props, ctx) {
        const vpc = recordOf(props.vpcConfig);
        // EKS enables the public endpoint unless it is switched off explicitly.
        if (vpc.endpointPublicAccess === false) return;
        const how = vpc.endpointPublicAccess === true ? "is enabled" : "is enabled by default";
        if (!ctx.config.allowRestrictedPublicAccess) {
            ctx.report({
                message: `EKS cluster \`${ctx.name}\` has a public API server endpoint (vpcConfig.endpointPublicAccess ${how}).`,
                propertyPath: propertyPath("vpcConfig", "endpointPublicAccess"),
            });
            return;
        }
        const cidrs = vpc.publicAccessCidrs;
        if (cidrs === undefined || cidrs === null || listOf(cidrs).length === 0) {
            ctx.report({
                message: `EKS cluster \`${ctx.name}\` has a public API server endpoint (vpcConfig.endpointPublicAccess ${how}) and no publicAccessCidrs, so EKS opens it to 0.0.0.0/0.`,
                propertyPath: propertyPath("vpcConfig", "endpointPublicAccess"),
            });
            return;
        }
        const index = listOf(cidrs).findIndex(isWorldCidr);
        if (index >= 0) {
            const cidr = String(listOf(cidrs)[index]).trim();
            ctx.report({
                message: `EKS cluster \`${ctx.name}\` allows the whole internet (${cidr}) to reach its public API server endpoint.`,
                propertyPath: propertyPath("vpcConfig", "publicAccessCidrs", index),
            });
        }
    },
});
