import { defineRule, listOf, recordOf } from "../../../src";
import { DOMAIN_TYPES, domainKind } from "../lib/opensearch-domain";
import type {} from "../../../src/types/aws/elasticsearch";
import type {} from "../../../src/types/aws/opensearch";

export default defineRule({
    id: "opensearch-in-vpc",
    title: "OpenSearch domains run inside a VPC",
    description:
        "A domain outside a VPC gets an endpoint on the public internet, guarded only by its access policy. Placing it in private subnets adds security groups and keeps the endpoint unreachable from outside the network.",
    severity: "medium",
    service: "opensearch",
    frameworks: {
        "aws-fsbp": ["Opensearch.2", "ES.2"],
        "nist-800-53-r5": ["AC-4", "AC-21", "SC-7", "SC-7(4)"],
    },
    tags: ["network", "exposure"],
    remediation:
        "Set `vpcOptions: { subnetIds: [...], securityGroupIds: [...] }` with private subnets. A domain cannot move into a VPC in place: create a new domain and migrate its data.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a domain with a public endpoint",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "logs",
                        props: {
                            domainName: "logs",
                            engineVersion: "OpenSearch_2.17",
                            clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 },
                            ebsOptions: { ebsEnabled: true, volumeSize: 100 },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a domain in private subnets",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "logs",
                        props: {
                            domainName: "logs",
                            engineVersion: "OpenSearch_2.17",
                            clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 },
                            ebsOptions: { ebsEnabled: true, volumeSize: 100 },
                            vpcOptions: { subnetIds: ["subnet-0a1b2c3d4e5f60001"], securityGroupIds: ["sg-0a1b2c3d4e5f67890"] },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...DOMAIN_TYPES],
    validate(props, ctx) {
        if (listOf(recordOf(props.vpcOptions).subnetIds).length === 0) {
            ctx.report({
                message: `${domainKind(ctx.type)} \`${ctx.name}\` has no vpcOptions.subnetIds, so its endpoint is public.`,
                propertyPath: "vpcOptions.subnetIds",
            });
        }
    },
});
