import { defineRule, known, recordOf, type StackResource, type Violation } from "../../../src";
import { joinSatellites } from "../../shared/join";
import { asList, grantsAction, publicAudience, publicStatements } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/apigateway";

const API_TYPE = "aws:apigateway/restApi:RestApi";
const POLICY_TYPE = "aws:apigateway/restApiPolicy:RestApiPolicy";

/** PRIVATE APIs are reachable only through interface VPC endpoints; absent endpointConfiguration means EDGE. */
function isPrivate(api: StackResource): boolean {
    const types = recordOf(recordOf(api.props).endpointConfiguration).types;
    return asList(types).some((type) => type.trim().toUpperCase() === "PRIVATE");
}

/**
 * A REST API's resource policy that lets everyone invoke it (execute-api:Invoke to a public
 * principal with no confining condition, and no Deny guard fencing it in) on an EDGE or REGIONAL
 * endpoint. A stack rule: the policy is the RestApi's own `policy` or an
 * aws.apigateway.RestApiPolicy joined by `restApiId`, and the endpoint type is the API's.
 *
 * Advisory by default: many public APIs are meant to be public, and their authorizers (not the
 * resource policy) decide who gets in. The rule is for the APIs that are meant to be internal or
 * partner-only, where an open resource policy is a mistake. A PRIVATE API passes (as the brief
 * for this rule and the usual scanners decide), although an open policy there still admits VPC
 * endpoints of other accounts; a RestApiPolicy whose API is not in the stack is judged as if the
 * API were public (stricter: its endpoint type cannot be seen).
 */
export default defineRule({
    id: "apigateway-rest-api-policy-not-public",
    title: "REST API resource policies do not let everyone invoke a public endpoint",
    description:
        "A REST API resource policy that allows execute-api:Invoke to everyone, with no condition on the caller's network, VPC endpoint, account or organization, leaves the API's methods to their authorizers alone on an endpoint anyone on the internet can reach. For an API meant for internal or partner callers, that is one missing authorizer away from exposure.",
    severity: "medium",
    service: "apigateway",
    frameworks: {
        "nist-800-53-r5": ["AC-3", "AC-21"],
    },
    tags: ["exposure"],
    remediation:
        'Confine the Allow with a condition (`"IpAddress": { "aws:SourceIp": [...] }`, `"StringEquals": { "aws:SourceVpce": endpoint.id }` or `{ "aws:PrincipalOrgID": "o-..." }`), add a Deny guard for callers outside it (`"Deny"` with `"NotIpAddress"`/`"StringNotEquals"`), name the accounts or roles allowed, or make the API private with `endpointConfiguration: { types: "PRIVATE", vpcEndpointIds: [...] }`.',
    defaultLevel: "advisory",
    messages: {
        publicInvoke: "{{kind}} `{{name}}` lets {{who}} invoke the API in `policy` Statement[{{index}}] with no condition on the caller's network, account or organization, and the endpoint is not PRIVATE.",
        publicInvokeApiOutside: "{{kind}} `{{name}}` lets {{who}} invoke the API in `policy` Statement[{{index}}] with no condition on the caller's network, account or organization; its API is not in this stack, so it is not known to be PRIVATE.",
    },
    examples: {
        violating: [
            {
                description: "anyone may invoke a regional API",
                resources: [
                    {
                        type: "aws:apigateway/restApi:RestApi",
                        name: "internal-api",
                        props: {
                            name: "internal-api",
                            endpointConfiguration: { types: "REGIONAL" },
                            policy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [{ Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" }],
                            }),
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "only the office range may invoke it",
                resources: [
                    {
                        type: "aws:apigateway/restApi:RestApi",
                        name: "internal-api",
                        props: {
                            name: "internal-api",
                            endpointConfiguration: { types: "REGIONAL" },
                            policy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [
                                    { Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*", Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } } },
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
        const join = joinSatellites(stack, { parentTypes: [API_TYPE], parentKeys: ["id"], childTypes: [POLICY_TYPE], childKey: "restApiId" });
        /** Reports the public invoke statements of one resource's `policy`; `endpointPublic` is read only if there are some. */
        const judge = (resource: StackResource, endpointPublic: () => boolean, messageId: "publicInvoke" | "publicInvokeApiOutside") => {
            const kind = resource.type === API_TYPE ? "REST API" : "REST API policy";
            const report = { report: (violation: Violation) => ctx.report({ ...violation, urn: resource.urn }) };
            const found = publicStatements(recordOf(resource.props).policy, report, `${kind} \`${resource.name}\``, "policy").filter((s) => grantsAction(s, "execute-api:Invoke"));
            if (found.length === 0 || !endpointPublic()) return;
            for (const statement of found) {
                ctx.report({
                    urn: resource.urn,
                    messageId,
                    data: { kind, name: resource.name, who: publicAudience(statement), index: statement.index },
                    propertyPath: `policy.Statement[${statement.index}]`,
                });
            }
        };
        // Each API is judged on its own: an unknown value (preview) skips that one only, and is noted.
        for (const api of join.parents) {
            const endpointPublic = () => !isPrivate(api);
            known(() => judge(api, endpointPublic, "publicInvoke"));
            for (const policy of join.childrenOf(api.urn)) known(() => judge(policy, endpointPublic, "publicInvoke"));
        }
        for (const policy of join.unjoined) {
            const reference = known(() => recordOf(policy.props).restApiId);
            if (reference.known) known(() => judge(policy, () => true, "publicInvokeApiOutside"));
        }
    },
});
