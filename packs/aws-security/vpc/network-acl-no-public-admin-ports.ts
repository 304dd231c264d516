import { defineRule, known, type StackResource } from "../../../src";
import { joinSatellites } from "../../shared/join";
import { DEFAULT_NETWORK_ACL, NETWORK_ACL, NETWORK_ACL_RULE, naclExposures, naclIngressEntries, type NaclEntry } from "../../shared/network-acl";
import { describePorts } from "../lib/ingress-messages";
import type {} from "../../../src/types/aws/ec2";

const SUBJECTS: Readonly<Record<string, string>> = {
    [NETWORK_ACL]: "Network ACL",
    [DEFAULT_NETWORK_ACL]: "Default network ACL",
    [NETWORK_ACL_RULE]: "Network ACL rule",
};

type Held = NaclEntry & { readonly holder: StackResource };

/**
 * A stack rule, because an ACL's entries may be split over NetworkAclRule resources and AWS
 * evaluates them together in rule-number order: a rule 50 denying 0.0.0.0/0 on port 22 makes a
 * rule 100 allowing everything harmless for SSH. Entries are gathered per ACL (inline blocks
 * plus the NetworkAclRules joined to it through `networkAclId`, by property dependency or ID);
 * NetworkAclRules of an ACL outside the stack are gathered by the ID they name, and one whose
 * ACL cannot be told (unknown ID, no dependency) is not judged.
 */
export default defineRule({
    id: "vpc-network-acl-no-public-admin-ports",
    title: "No network ACL open to the internet on SSH or RDP",
    description:
        "A network ACL that allows 0.0.0.0/0 or ::/0 in on port 22 or 3389 leaves a whole subnet's remote administration one security-group mistake away from the internet, where exposed SSH and RDP are scanned and brute-forced within minutes. Rules are evaluated lowest number first, as AWS does, so an allow behind a deny of the whole internet for the same traffic is not reported. Ranges as broad as half the internet (0.0.0.0/1) count as open, which is stricter than tools that match only the literal 0.0.0.0/0.",
    severity: "high",
    service: "vpc",
    frameworks: {
        "aws-fsbp": ["EC2.21"],
        "cis-aws-3.0": ["5.1"],
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    },
    tags: ["network", "exposure"],
    remediation:
        'Limit the entry\'s `cidrBlock` / `ipv6CidrBlock` to your VPN or office range, or add a lower-numbered entry with `action: "deny"` (NetworkAclRule: `ruleAction: "deny"`) for 0.0.0.0/0 and ::/0 on ports 22 and 3389. Reach instances through SSM Session Manager instead.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            ports: { type: "array", items: { type: "integer", minimum: 0, maximum: 65535 }, description: "Administration ports the internet must not reach through a network ACL." },
        },
    },
    configDefaults: { ports: [22, 3389] as number[] },
    messages: {
        publicAdminPorts: "{{subject}} `{{name}}` lets anyone on the internet reach {{ports}}{{via}} ({{cidr}}).",
    },
    examples: {
        violating: [
            {
                description: "an ACL allowing SSH from anywhere",
                resources: [
                    {
                        type: "aws:ec2/networkAcl:NetworkAcl",
                        name: "public",
                        props: {
                            vpcId: "vpc-0a1b2c3d4e5f67890",
                            ingress: [{ ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "HTTPS from anywhere, SSH from the VPN only",
                resources: [
                    {
                        type: "aws:ec2/networkAcl:NetworkAcl",
                        name: "public",
                        props: {
                            vpcId: "vpc-0a1b2c3d4e5f67890",
                            ingress: [
                                { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" },
                                { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "10.8.0.0/16" },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, { parentTypes: [NETWORK_ACL, DEFAULT_NETWORK_ACL], parentKeys: ["id"], childTypes: [NETWORK_ACL_RULE], childKey: "networkAclId" });
        const held = (r: StackResource): Held[] => naclIngressEntries(r.type, r.props).map((e) => ({ ...e, holder: r }));
        const groups: Array<{ acl?: StackResource; entries: Held[] }> = [];
        for (const acl of join.parents) groups.push({ acl, entries: [...held(acl), ...join.childrenOf(acl.urn).flatMap(held)] });
        // Rules of ACLs outside the stack: gathered by the ACL ID they name.
        const outside = new Map<string, Held[]>();
        for (const rule of join.unjoined) {
            const id = known(() => rule.props.networkAclId);
            const key = id.known && typeof id.value === "string" ? id.value : undefined;
            // An ACL that cannot be told may hold a deny in front of this rule: not judged (noted by known()).
            if (key === undefined) continue;
            const list = outside.get(key);
            if (list) list.push(...held(rule));
            else outside.set(key, held(rule));
        }
        for (const entries of outside.values()) groups.push({ entries });

        for (const group of groups) {
            for (const { entry, source, ports } of naclExposures(group.entries, ctx.config.ports)) {
                const holder = entry.holder;
                ctx.report({
                    urn: holder.urn,
                    messageId: "publicAdminPorts",
                    data: {
                        subject: SUBJECTS[holder.type] ?? "Resource",
                        name: holder.name,
                        ports: describePorts(ports),
                        via: entry.path === "" ? (group.acl ? ` through network ACL \`${group.acl.name}\`` : "") : ` through ${entry.path}`,
                        cidr: source.value,
                    },
                    propertyPath: source.propertyPath,
                });
            }
        }
    },
});
