import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./domain-policy-not-public";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const RESOURCE = "arn:aws:es:eu-west-1:111122223333:domain/logs/*";
const open = { Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: RESOURCE };
const VPC = { subnetIds: ["subnet-0a1b"], securityGroupIds: ["sg-0a1b"] };

const domain = (props: Record<string, unknown>, name = "logs") =>
    mockResource.untyped("aws:opensearch/domain:Domain", { domainName: "logs", engineVersion: "OpenSearch_2.13", ...props }, { name });
const domainPolicy = (accessPolicies: unknown, domainName: unknown = "logs", dependsOn?: string) =>
    mockResource.untyped("aws:opensearch/domainPolicy:DomainPolicy", { domainName, accessPolicies }, { name: "logs-policy", propertyDependencies: dependsOn ? { domainName: [dependsOn] } : undefined });

const publicDomain = domain({ accessPolicies: doc(open) });

export const cases: RuleCase[] = [
    {
        name: "public domain with an open access policy",
        resources: [publicDomain],
        expect: {
            violations: [
                { urn: publicDomain.urn, messageId: "publicStatement", data: { kind: "OpenSearch domain", name: "logs", who: 'everyone ("*")', index: 0 }, propertyPath: "accessPolicies.Statement[0]" },
            ],
        },
    },
    { name: "the same policy on a VPC domain", resources: [domain({ accessPolicies: doc(open), vpcOptions: VPC })], expect: "pass" },
    { name: "public domain confined to an office range", resources: [domain({ accessPolicies: doc({ ...open, Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } } }) })], expect: "pass" },
    { name: "public domain open to 0.0.0.0/0 by condition", resources: [domain({ accessPolicies: doc({ ...open, Condition: { IpAddress: { "aws:SourceIp": "0.0.0.0/0" } } }) })], expect: { violations: ["accessPolicies.Statement[0]"] } },
    { name: "public domain, access to named roles", resources: [domain({ accessPolicies: doc({ ...open, Principal: { AWS: "arn:aws:iam::111122223333:role/ingest" } }) })], expect: "pass" },
    { name: "public domain without an access policy", resources: [domain({})], expect: "pass" },
    {
        name: "fine-grained access control does not excuse an open policy",
        resources: [domain({ accessPolicies: doc(open), advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: true } })],
        expect: { violations: ["accessPolicies.Statement[0]"] },
    },
    {
        name: "a DomainPolicy joined by domain name to a public domain",
        resources: [domain({}), domainPolicy(doc({ Sid: "x", ...open }, { ...open, Principal: "*" }))],
        expect: { violations: [{ messageId: "publicStatement", messageIncludes: "OpenSearch domain policy `logs-policy`", propertyPath: "accessPolicies.Statement[0]" }, "accessPolicies.Statement[1]"] },
    },
    { name: "a DomainPolicy joined to a VPC domain", resources: [domain({ vpcOptions: VPC }), domainPolicy(doc(open))], expect: "pass" },
    {
        name: "a DomainPolicy joined through the property dependency while the domain name is unknown (preview)",
        resources: [domain({ domainName: unknown(), vpcOptions: VPC }, "search"), domainPolicy(doc(open), unknown(), domain({}, "search").urn)],
        expect: "pass",
    },
    {
        name: "a DomainPolicy whose domain is outside the stack",
        resources: [domainPolicy(doc(open), "other-domain")],
        expect: { violations: [{ messageId: "publicStatementDomainOutside", propertyPath: "accessPolicies.Statement[0]" }] },
    },
    { name: "a DomainPolicy whose domain cannot be told (unknown, no dependency): not judged", resources: [domain({ vpcOptions: VPC }), domainPolicy(doc(open), unknown())], expect: "skipped" },
    { name: "subnets unknown during preview: not judged", resources: [domain({ accessPolicies: doc(open), vpcOptions: { subnetIds: unknown() } })], expect: "skipped" },
    { name: "access policy unknown during preview on a public domain: not judged", resources: [domain({ accessPolicies: unknown() })], expect: "skipped" },
    {
        name: "legacy Elasticsearch domain with the policy as an object",
        resources: [mockResource.untyped("aws:elasticsearch/domain:Domain", { domainName: "old", accessPolicies: { Version: "2012-10-17", Statement: [{ ...open, Principal: "*" }] } }, { name: "old" })],
        expect: { violations: [{ messageIncludes: "Elasticsearch domain `old`", propertyPath: "accessPolicies.Statement[0]" }] },
    },
    {
        name: "a Deny guard (Deny unless from the office range) fences the open Allow in",
        resources: [domain({ accessPolicies: doc(open, { Effect: "Deny", Principal: "*", Action: "es:*", Resource: RESOURCE, Condition: { NotIpAddress: { "aws:SourceIp": "203.0.113.0/24" } } }) })],
        expect: "pass",
    },
    { name: "not JSON: reported as not judged", resources: [domain({ accessPolicies: "{oops" })], expect: { violations: [{ propertyPath: "accessPolicies", messageIncludes: "could not be judged" }] } },
    {
        name: "secret policy: reported with the details withheld",
        resources: [domain({ accessPolicies: secret(doc({ ...open, Sid: "HiddenSid" })) })],
        expect: { violations: [{ propertyPath: "accessPolicies", messageId: "publicStatement" }] },
    },
    { name: "no domains, nothing to check", resources: [mockResource("aws:iam/role:Role", { assumeRolePolicy: "{}" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret policy's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret policy: reported with the details withheld")!);
    expect(JSON.stringify([result.diagnostics, result.remediations])).not.toContain("HiddenSid");
});
