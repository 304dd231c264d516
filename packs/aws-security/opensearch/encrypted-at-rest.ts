import { requireSetting } from "../../shared/flag-rule";
import { DOMAIN_TYPES, domainKind } from "../lib/opensearch-domain";

export default requireSetting({
    id: "opensearch-encrypted-at-rest",
    title: "OpenSearch domains encrypt data at rest",
    description:
        "Search domains usually hold copies of logs, documents or customer records. Encryption at rest covers their indices, swap files and automated snapshots, so the data stays unreadable outside the service.",
    severity: "high",
    service: "opensearch",
    frameworks: {
        "aws-fsbp": ["Opensearch.1", "ES.1"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `encryptAtRest: { enabled: true }` (optionally with `kmsKeyId` for a customer managed key). Older engine versions cannot turn it on in place; create a new domain and restore a snapshot into it.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a domain without encryption at rest",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "logs",
                        props: {
                            domainName: "logs",
                            engineVersion: "OpenSearch_2.17",
                            clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 },
                            ebsOptions: { ebsEnabled: true, volumeSize: 100 },
                            encryptAtRest: { enabled: false },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a domain encrypted at rest",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "logs",
                        props: {
                            domainName: "logs",
                            engineVersion: "OpenSearch_2.17",
                            clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 },
                            ebsOptions: { ebsEnabled: true, volumeSize: 100 },
                            encryptAtRest: { enabled: true },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...DOMAIN_TYPES],
    path: ["encryptAtRest", "enabled"],
    expected: true,
    message: (ctx) => `${domainKind(ctx.type)} \`${ctx.name}\` does not enable encryption at rest.`,
});
