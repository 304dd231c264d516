import { defineRule, recordOf } from "../../../src";
import { DOMAIN_TYPES, domainKind } from "../lib/opensearch-domain";
import type {} from "../../../src/types/aws/elasticsearch";
import type {} from "../../../src/types/aws/opensearch";

/** Policy names as AWS spells them: Policy-Min-TLS-1-2-2019-07, Policy-Min-TLS-1-2-PFS-2023-10, ... */
const POLICY_NAME = /^Policy-Min-TLS-(\d)-(\d)-[A-Za-z0-9-]{1,40}$/;

/** The minimum TLS version a policy name states (1.2 -> 12), or undefined for an unrecognised name. */
function minimumTls(policy: string): number | undefined {
    const match = POLICY_NAME.exec(policy);
    return match ? Number(match[1]) * 10 + Number(match[2]) : undefined;
}

export default defineRule({
    id: "opensearch-https-tls-policy",
    title: "OpenSearch domains require HTTPS with TLS 1.2 or later",
    description:
        "Requests to a search domain carry credentials and the data being indexed or searched. The endpoint should refuse plain HTTP and the TLS 1.0/1.1 protocols, whose weaknesses let an attacker on the path read or alter traffic.",
    severity: "medium",
    service: "opensearch",
    frameworks: {
        "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-23"],
    },
    tags: ["encryption", "network"],
    remediation:
        'Set `domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" }`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            acceptedPolicies: {
                type: "array",
                items: { type: "string" },
                description:
                    'TLS security policies that pass. Empty (the default): any policy whose minimum is TLS 1.2 or later. Use ["Policy-Min-TLS-1-2-PFS-2023-10"] to match Security Hub controls Opensearch.8 and ES.8.',
            },
        },
    },
    configDefaults: { acceptedPolicies: [] as string[] },
    examples: {
        violating: [
            {
                description: "an endpoint that accepts TLS 1.0",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "logs",
                        props: {
                            domainName: "logs",
                            engineVersion: "OpenSearch_2.17",
                            clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 },
                            ebsOptions: { ebsEnabled: true, volumeSize: 100 },
                            domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "HTTPS only, TLS 1.2 or later",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "logs",
                        props: {
                            domainName: "logs",
                            engineVersion: "OpenSearch_2.17",
                            clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 },
                            ebsOptions: { ebsEnabled: true, volumeSize: 100 },
                            domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...DOMAIN_TYPES],
    validate(props, ctx) {
        const kind = domainKind(ctx.type);
        const options = recordOf(props.domainEndpointOptions);
        // enforceHttps defaults to true; only an explicit false lets plain HTTP in.
        if (options.enforceHttps === false) {
            ctx.report({
                message: `${kind} \`${ctx.name}\` accepts plain HTTP (domainEndpointOptions.enforceHttps: false).`,
                propertyPath: "domainEndpointOptions.enforceHttps",
            });
        }
        const policy = options.tlsSecurityPolicy;
        const accepted = ctx.config.acceptedPolicies;
        if (typeof policy !== "string" || policy === "") {
            ctx.report({
                message: `${kind} \`${ctx.name}\` sets no domainEndpointOptions.tlsSecurityPolicy, so the endpoint may still accept TLS 1.0 and 1.1.`,
                propertyPath: "domainEndpointOptions.tlsSecurityPolicy",
            });
            return;
        }
        const version = minimumTls(policy);
        const passes = accepted.length > 0 ? accepted.includes(policy) : version !== undefined && version >= 12;
        if (!passes) {
            const shown = version !== undefined ? `"${policy}"` : "a policy name it does not recognise";
            ctx.report({
                message: `${kind} \`${ctx.name}\` uses the TLS security policy ${shown}, which is not ${accepted.length > 0 ? "in the accepted list" : "TLS 1.2 or later"}.`,
                propertyPath: "domainEndpointOptions.tlsSecurityPolicy",
            });
        }
    },
});
