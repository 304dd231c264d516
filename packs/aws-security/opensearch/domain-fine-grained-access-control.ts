import { requireSetting } from "../../shared/flag-rule";
import { DOMAIN_TYPES, domainKind } from "../lib/opensearch-domain";
import type {} from "../../../src/types/aws/opensearch";
import type {} from "../../../src/types/aws/elasticsearch";

export default requireSetting({
    id: "opensearch-domain-fine-grained-access-control",
    title: "OpenSearch domains use fine-grained access control",
    description:
        "Without fine-grained access control, whoever the domain's access policy lets in can read and change every index. With it, access is granted per index, document and field, users authenticate, and audit logs become available.",
    severity: "medium",
    service: "opensearch",
    frameworks: {
        "aws-fsbp": ["Opensearch.7"],
        "nist-800-53-r5": ["AC-3", "AC-6"],
    },
    tags: ["least-privilege"],
    remediation:
        "Set `advancedSecurityOptions: { enabled: true, ... }` with an IAM master user ARN (or the internal user database), which also needs `nodeToNodeEncryption`, `encryptAtRest` and HTTPS enforced.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a domain without fine-grained access control",
                resources: [{ type: "aws:opensearch/domain:Domain", name: "search", props: { engineVersion: "OpenSearch_2.13" } }],
            },
        ],
        compliant: [
            {
                description: "a domain with fine-grained access control and an IAM master user",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "search",
                        props: {
                            engineVersion: "OpenSearch_2.13",
                            advancedSecurityOptions: { enabled: true, masterUserOptions: { masterUserArn: "arn:aws:iam::123456789012:role/search-admin" } },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...DOMAIN_TYPES],
    path: ["advancedSecurityOptions", "enabled"],
    expected: true,
    message: (ctx, value) => `${domainKind(ctx.type)} \`${ctx.name}\` has no fine-grained access control: advancedSecurityOptions.enabled is ${value === false ? "false" : "not set"}.`,
});
