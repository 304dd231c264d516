import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./default-security-group-no-rules";

const dsg = (props: MockProps<"aws:ec2/defaultSecurityGroup:DefaultSecurityGroup">) =>
    mockResource("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", { vpcId: "vpc-1", ...props }, { name: "default" });
const closed = dsg({ id: "sg-default" });

const selfIngress = { protocol: "-1", fromPort: 0, toPort: 0, self: true };
const allEgress = { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] };

export const cases: RuleCase[] = [
    {
        name: "AWS's usual defaults re-declared: one violation per direction",
        resources: dsg({ ingress: [selfIngress], egress: [allEgress] }),
        expect: {
            violations: [
                { propertyPath: "ingress", messageIncludes: "declares 1 ingress rule;" },
                { propertyPath: "egress", messageIncludes: "1 egress rule" },
            ],
        },
    },
    { name: "egress only", resources: dsg({ egress: [allEgress, allEgress] }), expect: { violations: [{ propertyPath: "egress", messageIncludes: "2 egress rules" }] } },
    { name: "no rules at all", resources: dsg({}), expect: "pass" },
    { name: "empty lists", resources: dsg({ ingress: [], egress: [] }), expect: "pass" },
    { name: "ingress unknown during preview", resources: dsg({ ingress: unknown("array") }), expect: "skipped" },
    {
        name: "the message counts the rules",
        resources: dsg({ ingress: [selfIngress] }),
        expect: { violations: [{ messageId: "inlineRules", data: { name: "default", count: 1, direction: "ingress", plural: "" }, propertyPath: "ingress" }] },
    },
    {
        name: "a standalone SecurityGroupRule attached to the default group by ID",
        resources: [closed, mockResource("aws:ec2/securityGroupRule:SecurityGroupRule", { type: "ingress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"], securityGroupId: "sg-default" }, { name: "ssh" })],
        expect: { violations: [{ messageId: "attachedRule", data: { kind: "Security group rule", name: "ssh", group: "default" }, propertyPath: "securityGroupId", urn: "urn:pulumi:test::guardrails-test::aws:ec2/securityGroupRule:SecurityGroupRule::ssh" }] },
    },
    {
        name: "the join: an egress rule found through its property dependency while the group's ID is unknown",
        resources: [
            dsg({}),
            mockResource("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", { securityGroupId: unknown(), ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" }, {
                name: "out",
                propertyDependencies: { securityGroupId: ["urn:pulumi:test::guardrails-test::aws:ec2/defaultSecurityGroup:DefaultSecurityGroup::default"] },
            }),
        ],
        expect: { violations: [{ messageId: "attachedRule", data: { kind: "Egress rule", name: "out", group: "default" }, propertyPath: "securityGroupId" }] },
    },
    {
        name: "rules of another group do not count",
        resources: [closed, mockResource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", { securityGroupId: "sg-app", ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" })],
        expect: "pass",
    },
    { name: "no default security group, nothing to check", resources: mockResource("aws:s3/bucket:Bucket", { bucket: "b" }), expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
