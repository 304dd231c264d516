import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./https-tls-policy";

const domain = (domainEndpointOptions: MockProps<"aws:opensearch/domain:Domain">["domainEndpointOptions"]) =>
    mockResource("aws:opensearch/domain:Domain", { engineVersion: "OpenSearch_2.13", domainEndpointOptions }, { name: "search" });
const PFS = "Policy-Min-TLS-1-2-PFS-2023-10";

export const cases: RuleCase[] = [
    {
        name: "TLS 1.0 policy",
        resources: domain({ enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" }),
        expect: { violations: [{ propertyPath: "domainEndpointOptions.tlsSecurityPolicy", messageIncludes: '"Policy-Min-TLS-1-0-2019-07"' }] },
    },
    {
        name: "plain HTTP allowed, policy unset",
        resources: domain({ enforceHttps: false }),
        expect: { violations: ["domainEndpointOptions.enforceHttps", "domainEndpointOptions.tlsSecurityPolicy"] },
    },
    { name: "no endpoint options", resources: domain(undefined), expect: { violations: ["domainEndpointOptions.tlsSecurityPolicy"] } },
    { name: "TLS 1.2 policy", resources: domain({ enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" }), expect: "pass" },
    { name: "TLS 1.2 PFS policy, enforceHttps left at its default", resources: domain({ tlsSecurityPolicy: PFS }), expect: "pass" },
    {
        name: "configured list: only the PFS policy passes",
        resources: domain({ enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" }),
        options: { config: { "opensearch-https-tls-policy": { acceptedPolicies: [PFS] } } },
        expect: { violations: [{ propertyPath: "domainEndpointOptions.tlsSecurityPolicy", messageIncludes: "accepted list" }] },
    },
    {
        name: "unrecognised policy name is not echoed",
        resources: domain({ tlsSecurityPolicy: "something-else" }),
        expect: { violations: [{ messageIncludes: "does not recognise" }] },
    },
    {
        name: "legacy Elasticsearch domain",
        resources: mockResource("aws:elasticsearch/domain:Domain", { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: PFS } }),
        expect: "pass",
    },
    { name: "policy unknown during preview", resources: domain({ enforceHttps: true, tlsSecurityPolicy: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
