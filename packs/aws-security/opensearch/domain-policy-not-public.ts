import { defineRule, known, listOf, recordOf, type StackResource, type Violation } from "../../../src";
import { joinSatellites } from "../../shared/join";
import { publicAudience, publicStatements } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/opensearch";
import type {} from "../../../src/types/aws/elasticsearch";

const DOMAIN_TYPES = ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"] as const;
const POLICY_TYPES = ["aws:opensearch/domainPolicy:DomainPolicy", "aws:elasticsearch/domainPolicy:DomainPolicy"] as const;

const KINDS: Readonly<Record<string, string>> = {
    "aws:opensearch/domain:Domain": "OpenSearch domain",
    "aws:elasticsearch/domain:Domain": "Elasticsearch domain",
    "aws:opensearch/domainPolicy:DomainPolicy": "OpenSearch domain policy",
    "aws:elasticsearch/domainPolicy:DomainPolicy": "Elasticsearch domain policy",
};

/** A domain with subnets is reachable only from inside its VPC (security groups then decide). */
function inVpc(domain: StackResource): boolean {
    return listOf(recordOf(recordOf(domain.props).vpcOptions).subnetIds).length > 0;
}

/**
 * An OpenSearch (or legacy Elasticsearch) domain whose endpoint is on the internet must not have
 * an access policy that lets everyone in. A stack rule: the policy is the domain's own
 * `accessPolicies` or an aws.opensearch.DomainPolicy joined to it by `domainName` (property
 * dependency first), and whether it is public depends on the domain's `vpcOptions`.
 *
 * Decisions: a domain in a VPC (`vpcOptions.subnetIds` set) passes: AWS's own "open access
 * policy" pattern for VPC domains leaves access to security groups, and Security Hub
 * Opensearch.2/ES.2 (the in-VPC check, rule opensearch-in-vpc) covers the network side. A
 * DomainPolicy whose domain is not in the stack is judged on its own (stricter: we cannot see
 * that the domain is in a VPC). Fine-grained access control does not make an open policy pass:
 * the endpoint still takes requests from anyone on the internet and only a password guards it.
 * aws:SourceIp with a range smaller than the world confines, as for every resource policy.
 */
export default defineRule({
    id: "opensearch-domain-policy-not-public",
    title: "OpenSearch domains outside a VPC do not allow everyone",
    description:
        'An access policy that allows Principal "*" with no condition on the caller\'s IP range, account or organization, on a domain with a public endpoint, lets anyone on the internet query, change or delete the indexes (depending on the actions). Open search clusters are among the most often leaked data stores. Stricter than checkov and KICS in one way: fine-grained access control does not excuse an open policy.',
    severity: "critical",
    service: "opensearch",
    frameworks: {
        "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data"],
    remediation:
        'Put the domain in a VPC (`vpcOptions: { subnetIds, securityGroupIds }`), or replace Principal "*" in `accessPolicies` with the IAM roles that need access, or confine it with a condition such as `"IpAddress": { "aws:SourceIp": ["203.0.113.0/24"] }`.',
    defaultLevel: "mandatory",
    messages: {
        publicStatement: "{{kind}} `{{name}}` allows {{who}} in `accessPolicies` Statement[{{index}}] with no condition on the caller's network, account or organization, and the domain has a public endpoint (no vpcOptions.subnetIds).",
        publicStatementDomainOutside:
            "{{kind}} `{{name}}` allows {{who}} in `accessPolicies` Statement[{{index}}] with no condition on the caller's network, account or organization; its domain is not in this stack, so it is not known to be in a VPC.",
    },
    examples: {
        violating: [
            {
                description: "a public domain open to everyone",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "logs",
                        props: {
                            domainName: "logs",
                            engineVersion: "OpenSearch_2.13",
                            accessPolicies: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: "arn:aws:es:eu-west-1:111122223333:domain/logs/*" }],
                            }),
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a public domain open to the office range only",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "logs",
                        props: {
                            domainName: "logs",
                            engineVersion: "OpenSearch_2.13",
                            accessPolicies: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [
                                    {
                                        Effect: "Allow",
                                        Principal: { AWS: "*" },
                                        Action: "es:ESHttp*",
                                        Resource: "arn:aws:es:eu-west-1:111122223333:domain/logs/*",
                                        Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } },
                                    },
                                ],
                            }),
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, { parentTypes: [...DOMAIN_TYPES], parentKeys: ["domainName"], childTypes: [...POLICY_TYPES], childKey: "domainName" });
        const judge = (resource: StackResource, messageId: "publicStatement" | "publicStatementDomainOutside") => {
            const kind = KINDS[resource.type] ?? "OpenSearch domain";
            const report = { report: (violation: Violation) => ctx.report({ ...violation, urn: resource.urn }) };
            for (const statement of publicStatements(recordOf(resource.props).accessPolicies, report, `${kind} \`${resource.name}\``, "accessPolicies")) {
                ctx.report({
                    urn: resource.urn,
                    messageId,
                    data: { kind, name: resource.name, who: publicAudience(statement), index: statement.index },
                    propertyPath: `accessPolicies.Statement[${statement.index}]`,
                });
            }
        };
        // Each domain is judged on its own: an unknown value (preview) skips that domain only, and is noted.
        for (const domain of join.parents) {
            known(() => {
                if (inVpc(domain)) return;
                judge(domain, "publicStatement");
                for (const policy of join.childrenOf(domain.urn)) known(() => judge(policy, "publicStatement"));
            });
        }
        for (const policy of join.unjoined) {
            // A policy whose domain reference is unknown cannot be told apart: the join has noted it.
            const reference = known(() => recordOf(policy.props).domainName);
            if (reference.known) known(() => judge(policy, "publicStatementDomainOutside"));
        }
    },
});
