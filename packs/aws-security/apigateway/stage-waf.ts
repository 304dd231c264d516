import { defineRule, peek, recordOf } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/apigateway";
import type {} from "../../../src/types/aws/wafregional";
import type {} from "../../../src/types/aws/wafv2";

const STAGE = "aws:apigateway/stage:Stage";
/** The tail of a REST API stage ARN: arn:aws:apigateway:<region>::/restapis/<api id>/stages/<stage name>. */
const STAGE_ARN_TAIL = /\/restapis\/([^/]+)\/stages\/([^/]+)$/;
const ASSOCIATIONS = ["aws:wafv2/webAclAssociation:WebAclAssociation", "aws:wafregional/webAclAssociation:WebAclAssociation"] as const;

/**
 * A REST API stage is protected when a web ACL association names it: joined through the
 * property dependency of `resourceArn` (known in preview, when the stage's ARN is not) or by
 * the ARN's value (packs/shared/join.ts), or by the REST API id and stage name that end an
 * ARN written out in full.
 */
export default defineRule({
    id: "apigateway-stage-waf",
    title: "API Gateway REST API stages are protected by AWS WAF",
    description:
        "A web ACL in front of a REST API stage blocks common exploits (SQL injection, cross-site scripting), known bad sources and request floods before they reach the integration. Without one every request that matches a route is passed on. Private APIs reached only from inside a VPC may not need one: exempt them.",
    severity: "medium",
    service: "apigateway",
    frameworks: {
        "aws-fsbp": ["APIGateway.4"],
        "nist-800-53-r5": ["SC-7", "SI-4"],
        "pci-dss-4.0": ["6.4.2"],
    },
    tags: ["network", "waf"],
    remediation:
        'Create an aws.wafv2.WebAcl with `scope: "REGIONAL"` and an aws.wafv2.WebAclAssociation with `resourceArn: stage.arn` and `webAclArn: webAcl.arn`.',
    defaultLevel: "advisory",
    messages: {
        noWebAcl: "REST API stage `{{name}}` has no AWS WAF web ACL: no WebAclAssociation refers to it.",
    },
    examples: {
        violating: [
            {
                description: "a stage without a web ACL",
                resources: [{ type: STAGE, name: "prod", props: { restApi: "a1b2c3d4e5", deployment: "k9l8m7", stageName: "prod" } }],
            },
        ],
        compliant: [
            {
                description: "a stage associated with a regional web ACL",
                resources: [
                    {
                        type: STAGE,
                        name: "prod",
                        props: { restApi: "a1b2c3d4e5", deployment: "k9l8m7", stageName: "prod" },
                    },
                    {
                        type: "aws:wafv2/webAclAssociation:WebAclAssociation",
                        name: "prod-waf",
                        props: {
                            resourceArn: "arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5/stages/prod",
                            webAclArn: "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/api/a1b2c3d4-5678-90ab-cdef-111122223333",
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const stages = stack.ofType(STAGE);
        if (stages.length === 0) return;
        const join = joinSatellites(stack, { parentTypes: [STAGE], parentKeys: ["arn"], childTypes: [...ASSOCIATIONS], childKey: "resourceArn" });
        // Stages by (REST API id, stage name), the tail of a stage ARN, for ARNs written out in full.
        const byTail = new Map<string, string>();
        for (const stage of stages) {
            const api = peek(() => recordOf(stage.props).restApi);
            const name = peek(() => recordOf(stage.props).stageName);
            if (api.known && name.known && typeof api.value === "string" && typeof name.value === "string") byTail.set(`${api.value}/${name.value}`, stage.urn);
        }
        const protectedStages = new Set<string>();
        const unknownReference = join.hasUnknownReferences;
        for (const association of join.unjoined) {
            const arn = peek(() => recordOf(association.props).resourceArn);
            if (!arn.known) continue; // already counted by the join
            const tail = typeof arn.value === "string" ? STAGE_ARN_TAIL.exec(arn.value) : null;
            const urn = tail ? byTail.get(`${tail[1]}/${tail[2]}`) : undefined;
            if (urn) protectedStages.add(urn);
        }
        for (const stage of stages) {
            if (join.childrenOf(stage.urn).length > 0 || protectedStages.has(stage.urn)) continue;
            // An association whose resource cannot be told yet may be this stage's.
            if (unknownReference) continue;
            ctx.report({ urn: stage.urn, messageId: "noWebAcl", data: { name: stage.name } });
        }
    },
});
