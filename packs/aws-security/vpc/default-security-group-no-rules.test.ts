import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./default-security-group-no-rules";

const dsg = (props: MockProps<"aws:ec2/defaultSecurityGroup:DefaultSecurityGroup">) =>
    mockResource("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", { vpcId: "vpc-1", ...props }, { name: "default" });

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
];

test.each(cases)("$name", (c) => checkCase(rule, c));
