import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./rest-api-policy-not-public";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const invoke = { Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" };
const api = (props: Record<string, unknown>, name = "orders-api") => mockResource.untyped("aws:apigateway/restApi:RestApi", { name, ...props }, { name });
const apiPolicy = (policy: unknown, restApiId: unknown = "a1b2c3", dependsOn?: string) =>
    mockResource.untyped("aws:apigateway/restApiPolicy:RestApiPolicy", { restApiId, policy }, { name: "orders-api-policy", propertyDependencies: dependsOn ? { restApiId: [dependsOn] } : undefined });

const regional = api({ endpointConfiguration: { types: "REGIONAL" }, policy: doc(invoke) });

export const cases: RuleCase[] = [
    {
        name: "anyone may invoke a regional API",
        resources: [regional],
        expect: { violations: [{ urn: regional.urn, messageId: "publicInvoke", data: { kind: "REST API", name: "orders-api", who: 'everyone ("*")', index: 0 }, propertyPath: "policy.Statement[0]" }] },
    },
    { name: "no endpoint configuration means EDGE: public", resources: [api({ policy: doc({ ...invoke, Principal: { AWS: "*" } }) })], expect: { violations: ["policy.Statement[0]"] } },
    { name: "a PRIVATE API", resources: [api({ endpointConfiguration: { types: "PRIVATE", vpcEndpointIds: ["vpce-1"] }, policy: doc(invoke) })], expect: "pass" },
    { name: "execute-api:* counts as invoke", resources: [api({ policy: doc({ ...invoke, Action: "execute-api:*" }) })], expect: { violations: ["policy.Statement[0]"] } },
    { name: "a public statement that does not grant invoke", resources: [api({ policy: doc({ ...invoke, Action: "execute-api:ManageConnections" }) })], expect: "pass" },
    { name: "confined to an office range", resources: [api({ policy: doc({ ...invoke, Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } }) })], expect: "pass" },
    {
        name: "the AWS-documented IP allow list: Allow * plus Deny outside a range",
        resources: [api({ policy: doc(invoke, { ...invoke, Effect: "Deny", Condition: { NotIpAddress: { "aws:SourceIp": ["203.0.113.0/24", "198.51.100.0/24"] } } }) })],
        expect: "pass",
    },
    { name: "a Deny guard with the world range does not fence", resources: [api({ policy: doc(invoke, { ...invoke, Effect: "Deny", Condition: { NotIpAddress: { "aws:SourceIp": "0.0.0.0/0" } } }) })], expect: { violations: ["policy.Statement[0]"] } },
    { name: "NotPrincipal with Allow", resources: [api({ policy: doc({ ...invoke, Principal: undefined, NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } }) })], expect: { violations: [{ messageIncludes: "everyone outside its NotPrincipal" }] } },
    { name: "a negated condition", resources: [api({ policy: doc({ ...invoke, Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } } }) })], expect: { violations: ["policy.Statement[0]"] } },
    { name: "named accounts", resources: [api({ policy: doc({ ...invoke, Principal: { AWS: ["111122223333"] } }) })], expect: "pass" },
    { name: "no policy", resources: [api({})], expect: "pass" },
    {
        name: "a RestApiPolicy joined by ID to a regional API",
        resources: [api({ id: "a1b2c3", endpointConfiguration: { types: "REGIONAL" } }), apiPolicy(doc(invoke))],
        expect: { violations: [{ messageId: "publicInvoke", messageIncludes: "REST API policy `orders-api-policy`", propertyPath: "policy.Statement[0]" }] },
    },
    {
        name: "a RestApiPolicy joined through the property dependency while the API ID is unknown (preview), PRIVATE API",
        resources: [api({ endpointConfiguration: { types: "PRIVATE" } }), apiPolicy(doc(invoke), unknown(), api({}).urn)],
        expect: "pass",
    },
    { name: "a RestApiPolicy whose API is outside the stack", resources: [apiPolicy(doc(invoke), "zz9")], expect: { violations: [{ messageId: "publicInvokeApiOutside" }] } },
    { name: "a RestApiPolicy whose API cannot be told (unknown, no dependency): not judged", resources: [apiPolicy(doc(invoke), unknown())], expect: "skipped" },
    { name: "endpoint type unknown during preview: not judged", resources: [api({ endpointConfiguration: { types: unknown() }, policy: doc(invoke) })], expect: "skipped" },
    { name: "policy unknown during preview: not judged", resources: [api({ policy: unknown() })], expect: "skipped" },
    { name: "not JSON: reported as not judged", resources: [api({ policy: "{oops" })], expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    { name: "secret policy: reported with the details withheld", resources: [api({ policy: secret(doc({ ...invoke, Sid: "HiddenSid" })) })], expect: { violations: [{ propertyPath: "policy", messageId: "publicInvoke" }] } },
    { name: "no APIs, nothing to check", resources: [mockResource("aws:iam/role:Role", { assumeRolePolicy: "{}" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret policy's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret policy: reported with the details withheld")!);
    expect(JSON.stringify([result.diagnostics, result.remediations])).not.toContain("HiddenSid");
});
