import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./network-acl-no-public-admin-ports";

type Ingress = NonNullable<MockProps<"aws:ec2/networkAcl:NetworkAcl">["ingress"]>;
const acl = (ingress: Ingress | ReturnType<typeof unknown>, props: MockProps<"aws:ec2/networkAcl:NetworkAcl"> = {}) =>
    mockResource("aws:ec2/networkAcl:NetworkAcl", { vpcId: "vpc-1", ingress, ...props }, { name: "public" });
const entry = (fields: Ingress[number]): Ingress[number] => ({ ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0", ...fields });
const aclRule = (name: string, props: MockProps<"aws:ec2/networkAclRule:NetworkAclRule">, dependsOn?: string) =>
    mockResource("aws:ec2/networkAclRule:NetworkAclRule", { networkAclId: "acl-1", ruleNumber: 100, ruleAction: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0", ...props }, {
        name,
        propertyDependencies: dependsOn ? { networkAclId: [dependsOn] } : undefined,
    });
const standalone = acl([], { id: "acl-1" });
const SSH = "SSH (port 22)";
const BOTH = "SSH (port 22) and RDP (port 3389)";
/** The violation expected, from the data of an inline SSH entry ingress[0] of `public` open to 0.0.0.0/0. */
const found = (data: Partial<Record<"subject" | "name" | "ports" | "via" | "cidr", string>>, propertyPath?: string) => ({
    messageId: "publicAdminPorts",
    data: { subject: "Network ACL", name: "public", ports: SSH, via: " through ingress[0]", cidr: "0.0.0.0/0", ...data },
    ...(propertyPath === undefined ? {} : { propertyPath }),
});

export const cases: RuleCase[] = [
    {
        name: "SSH from anywhere in an inline entry",
        resources: acl([entry({})]),
        expect: {
            violations: [{
                messageId: "publicAdminPorts",
                data: { subject: "Network ACL", name: "public", ports: "SSH (port 22)", via: " through ingress[0]", cidr: "0.0.0.0/0" },
                propertyPath: "ingress[0].cidrBlock",
            }],
        },
    },
    {
        name: "all traffic (protocol -1) reaches both ports in one violation",
        resources: acl([entry({ protocol: "-1", fromPort: 0, toPort: 0 })]),
        expect: { violations: [found({ ports: BOTH }, "ingress[0].cidrBlock")] },
    },
    { name: "protocol all", resources: acl([entry({ protocol: "all", fromPort: 0, toPort: 0 })]), expect: { violations: ["ingress[0].cidrBlock"] } },
    { name: "protocol 6 over a range holding 3389", resources: acl([entry({ protocol: "6", fromPort: 3000, toPort: 4000 })]), expect: { violations: [found({ ports: "RDP (port 3389)" })] } },
    { name: "protocol TCP in capitals, 0-65535", resources: acl([entry({ protocol: "TCP", fromPort: 0, toPort: 65535 })]), expect: { violations: [found({ ports: BOTH })] } },
    { name: "UDP 3389 (RDP's UDP transport)", resources: acl([entry({ protocol: "udp", fromPort: 3389, toPort: 3389 })]), expect: { violations: [found({ ports: "RDP (port 3389)" })] } },
    { name: "RDP over IPv6 (::/0)", resources: acl([entry({ cidrBlock: undefined, ipv6CidrBlock: "::/0", fromPort: 3389, toPort: 3389 })]), expect: { violations: ["ingress[0].ipv6CidrBlock"] } },
    { name: "half the internet (0.0.0.0/1) counts", resources: acl([entry({ cidrBlock: "0.0.0.0/1" })]), expect: { violations: [found({ cidr: "0.0.0.0/1" })] } },
    { name: "SSH from the VPN range", resources: acl([entry({ cidrBlock: "10.8.0.0/16" })]), expect: "pass" },
    { name: "HTTPS from anywhere", resources: acl([entry({ fromPort: 443, toPort: 443 })]), expect: "pass" },
    { name: "a deny entry is not an opening", resources: acl([entry({ action: "deny", protocol: "-1" })]), expect: "pass" },
    { name: "ICMP from anywhere", resources: acl([entry({ protocol: "icmp", fromPort: 0, toPort: 0, icmpType: -1, icmpCode: -1 })]), expect: "pass" },
    {
        name: "a lower-numbered deny of the world makes the allow harmless",
        resources: acl([entry({ ruleNo: 200, protocol: "-1" }), entry({ ruleNo: 50, action: "deny", protocol: "tcp", fromPort: 0, toPort: 65535 }), entry({ ruleNo: 60, action: "deny", protocol: "udp", fromPort: 0, toPort: 65535 })]),
        expect: "pass",
    },
    {
        name: "a deny of TCP only leaves UDP 3389 open behind an all-traffic allow",
        resources: acl([entry({ ruleNo: 50, action: "deny", protocol: "tcp", fromPort: 0, toPort: 65535 }), entry({ ruleNo: 200, protocol: "-1" })]),
        expect: { violations: [found({ ports: BOTH, via: " through ingress[1]" }, "ingress[1].cidrBlock")] },
    },
    {
        name: "a deny numbered after the allow comes too late",
        resources: acl([entry({ ruleNo: 100 }), entry({ ruleNo: 150, action: "deny" })]),
        expect: { violations: ["ingress[0].cidrBlock"] },
    },
    {
        name: "a deny of a narrower range leaves the rest of the internet in",
        resources: acl([entry({ ruleNo: 50, action: "deny", cidrBlock: "203.0.113.0/24" }), entry({ ruleNo: 100 })]),
        expect: { violations: ["ingress[1].cidrBlock"] },
    },
    {
        name: "an IPv4 deny does not cover an IPv6 allow",
        resources: acl([entry({ ruleNo: 50, action: "deny" }), entry({ ruleNo: 100, cidrBlock: undefined, ipv6CidrBlock: "::/0" })]),
        expect: { violations: ["ingress[1].ipv6CidrBlock"] },
    },
    {
        name: "default network ACL with SSH open",
        resources: mockResource("aws:ec2/defaultNetworkAcl:DefaultNetworkAcl", { defaultNetworkAclId: "acl-0", ingress: [entry({})] }, { name: "default" }),
        expect: { violations: [found({ subject: "Default network ACL", name: "default" }, "ingress[0].cidrBlock")] },
    },
    {
        name: "standalone NetworkAclRule allowing SSH, ACL outside the stack",
        resources: aclRule("ssh", {}),
        expect: { violations: [found({ subject: "Network ACL rule", name: "ssh", via: "" }, "cidrBlock")] },
    },
    { name: "egress NetworkAclRule is not ingress", resources: aclRule("out", { egress: true }), expect: "pass" },
    {
        name: "NetworkAclRules of one ACL are evaluated together: a deny at 50 covers an allow-all at 100",
        resources: [
            standalone,
            aclRule("deny-ssh", { ruleNumber: 50, ruleAction: "deny" }),
            aclRule("deny-rdp", { ruleNumber: 51, ruleAction: "deny", fromPort: 3389, toPort: 3389 }),
            aclRule("deny-udp", { ruleNumber: 52, ruleAction: "deny", protocol: "udp", fromPort: 0, toPort: 65535 }),
            aclRule("allow-all", { ruleNumber: 100, protocol: "-1", fromPort: 0, toPort: 0 }),
        ],
        expect: "pass",
    },
    {
        name: "the join: a rule found through its property dependency while the ACL's ID is unknown",
        resources: [
            acl([], {}),
            aclRule("deny-all", { networkAclId: unknown(), ruleNumber: 50, ruleAction: "deny", protocol: "-1", fromPort: 0, toPort: 0 }, "urn:pulumi:test::guardrails-test::aws:ec2/networkAcl:NetworkAcl::public"),
            aclRule("allow-ssh", { networkAclId: unknown(), ruleNumber: 100 }, "urn:pulumi:test::guardrails-test::aws:ec2/networkAcl:NetworkAcl::public"),
        ],
        expect: "pass",
    },
    {
        name: "the join reports the rule resource, naming its ACL",
        resources: [standalone, aclRule("allow-ssh", { networkAclId: unknown() }, standalone.urn)],
        expect: { violations: [{ urn: "urn:pulumi:test::guardrails-test::aws:ec2/networkAclRule:NetworkAclRule::allow-ssh", ...found({ subject: "Network ACL rule", name: "allow-ssh", via: " through network ACL `public`" }, "cidrBlock") }] },
    },
    {
        name: "rules of different ACLs outside the stack do not shield each other",
        resources: [aclRule("deny", { networkAclId: "acl-a", ruleNumber: 50, ruleAction: "deny" }), aclRule("allow", { networkAclId: "acl-b" })],
        expect: { violations: [found({ subject: "Network ACL rule", name: "allow", via: "" }, "cidrBlock")] },
    },
    { name: "ingress unknown during preview", resources: acl(unknown("array")), expect: "skipped" },
    { name: "an unknown entry might be a deny in front: not judged", resources: acl([entry({ ruleNo: 100 }), entry({ ruleNo: unknown("number"), action: "deny" })]), expect: "skipped" },
    { name: "a rule whose ACL cannot be told: not judged", resources: aclRule("ssh", { networkAclId: unknown() }), expect: "skipped" },
    {
        name: "configured ports replace the defaults",
        resources: acl([entry({}), entry({ ruleNo: 110, fromPort: 5985, toPort: 5986 })]),
        options: { config: { "vpc-network-acl-no-public-admin-ports": { ports: [5985] } } },
        expect: { violations: [found({ ports: "port 5985", via: " through ingress[1]" }, "ingress[1].cidrBlock")] },
    },
    { name: "no ACLs, nothing to check", resources: mockResource("aws:s3/bucket:Bucket", { bucket: "b" }), expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
