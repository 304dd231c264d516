import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./stage-waf";

const ARN = "arn:aws:apigateway:eu-west-1::/restapis/api-1/stages/prod";
const stage = (arn?: unknown) =>
    mockResource.untyped("aws:apigateway/stage:Stage", { arn, restApi: "api-1", deployment: "dep-1", stageName: "prod" }, { name: "prod" });
const association = (resourceArn: unknown, dependsOn?: string) =>
    mockResource(
        "aws:wafv2/webAclAssociation:WebAclAssociation",
        { resourceArn: resourceArn as string, webAclArn: "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/1" },
        { name: "prod-waf", propertyDependencies: dependsOn ? { resourceArn: [dependsOn] } : undefined },
    );
const prod = stage(ARN);

export const cases: RuleCase[] = [
    { name: "a stage without a web ACL", resources: [prod], expect: { violations: [{ urn: prod.urn, messageId: "noWebAcl", data: { name: "prod" } }] } },
    { name: "associated by ARN", resources: [prod, association(ARN)], expect: "pass" },
    { name: "associated by an ARN written out, the stage's own ARN not known", resources: [stage(undefined), association(ARN)], expect: "pass" },
    {
        name: "an ARN for another API's stage of the same name",
        resources: [stage(undefined), association("arn:aws:apigateway:eu-west-1::/restapis/api-2/stages/prod")],
        expect: { violations: [{ messageId: "noWebAcl" }] },
    },
    { name: "joined through the property dependency while the ARN is unknown (preview)", resources: [stage(unknown()), association(unknown(), prod.urn)], expect: "pass" },
    {
        name: "a classic regional WAF association",
        resources: [prod, mockResource("aws:wafregional/webAclAssociation:WebAclAssociation", { resourceArn: ARN, webAclId: "a1b2" }, { name: "classic" })],
        expect: "pass",
    },
    { name: "an association for another resource", resources: [prod, association("arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/1")], expect: { violations: [{ urn: prod.urn }] } },
    { name: "an association whose resource cannot be told: not judged", resources: [prod, association(unknown())], expect: "skipped" },
    { name: "no stages", resources: [mockResource("aws:s3/bucket:Bucket", { bucket: "b" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
