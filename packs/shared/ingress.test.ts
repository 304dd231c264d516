/** Reading security-group ingress from every resource shape (CIDR spellings: cidr.test.ts). */
import { UNKNOWN_SENTINELS } from "../../src/resource";
import { isUnknownValueError, unknownCheckingProxy } from "../../src/sdk";
import { ingressEntries, normaliseProtocol, opensEveryPort, reachedPorts, worldSources } from "./ingress";

describe("ingress entries", () => {
    const block = { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8", "0.0.0.0/0"], ipv6CidrBlocks: ["::/0"], prefixListIds: ["pl-1"], securityGroups: ["sg-1"] };

    test.each<[string, string, Record<string, unknown>, Array<[string, string, string]>]>([
        ["inline blocks of a SecurityGroup", "aws:ec2/securityGroup:SecurityGroup", { ingress: [block] }, [
            ["ipv4", "10.0.0.0/8", "ingress[0].cidrBlocks"],
            ["ipv4", "0.0.0.0/0", "ingress[0].cidrBlocks"],
            ["ipv6", "::/0", "ingress[0].ipv6CidrBlocks"],
            ["prefix-list", "pl-1", "ingress[0].prefixListIds"],
            ["security-group", "sg-1", "ingress[0].securityGroups"],
        ]],
        ["inline blocks of a DefaultSecurityGroup", "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", { ingress: [{ protocol: "-1", cidrBlocks: ["0.0.0.0/0"] }] }, [["ipv4", "0.0.0.0/0", "ingress[0].cidrBlocks"]]],
        ["an ingress SecurityGroupRule", "aws:ec2/securityGroupRule:SecurityGroupRule", { type: "ingress", protocol: "tcp", cidrBlocks: ["0.0.0.0/0"], sourceSecurityGroupId: "sg-2" }, [
            ["ipv4", "0.0.0.0/0", "cidrBlocks"],
            ["security-group", "sg-2", "sourceSecurityGroupId"],
        ]],
        ["a SecurityGroupIngressRule", "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", { ipProtocol: "tcp", cidrIpv6: "::0/0", prefixListId: "pl-2", referencedSecurityGroupId: "sg-3" }, [
            ["ipv6", "::0/0", "cidrIpv6"],
            ["prefix-list", "pl-2", "prefixListId"],
            ["security-group", "sg-3", "referencedSecurityGroupId"],
        ]],
    ])("%s", (_name, type, props, expected) => {
        const [entry] = ingressEntries(type, props);
        expect(entry.sources.map((s) => [s.kind, s.value, s.propertyPath])).toEqual(expected);
    });

    test("an egress SecurityGroupRule and other types have no ingress", () => {
        expect(ingressEntries("aws:ec2/securityGroupRule:SecurityGroupRule", { type: "egress", cidrBlocks: ["0.0.0.0/0"] })).toEqual([]);
        expect(ingressEntries("aws:s3/bucket:Bucket", { ingress: [block] })).toEqual([]);
    });

    const entryOf = (fields: Record<string, unknown>) => ingressEntries("aws:ec2/securityGroup:SecurityGroup", { ingress: [{ cidrBlocks: ["0.0.0.0/0"], ...fields }] })[0];

    test.each<[string, Record<string, unknown>, number[], boolean]>([
        ["protocol -1 reaches every port", { protocol: "-1", fromPort: 0, toPort: 0 }, [22, 3389], true],
        ["protocol all, any case", { protocol: "ALL" }, [22, 3389], true],
        ["protocol number -1", { protocol: -1 }, [22, 3389], true],
        ["TCP over a range", { protocol: "tcp", fromPort: 0, toPort: 1024 }, [22], false],
        ["TCP by number over the whole range", { protocol: "6", fromPort: 1, toPort: 65535 }, [22, 3389], true],
        ["UDP without bounds opens the whole range", { protocol: "udp" }, [22, 3389], true],
        ["ICMP reaches no port", { protocol: "icmp", fromPort: -1, toPort: -1 }, [], false],
        ["another protocol reaches no port", { protocol: "50" }, [], false],
        ["TCP in capitals, 22 inside 20-30", { protocol: "TCP", fromPort: 20, toPort: 30 }, [22], false],
        ["TCP 0-65535", { protocol: "tcp", fromPort: 0, toPort: 65535 }, [22, 3389], true],
        ["protocol -1 with no ports at all", { protocol: "-1" }, [22, 3389], true],
        ["a single port just past 22", { protocol: "tcp", fromPort: 23, toPort: 23 }, [], false],
    ])("%s", (_name, fields, reached, everyPort) => {
        const entry = entryOf(fields);
        expect(reachedPorts(entry, [22, 3389])).toEqual(reached);
        expect(opensEveryPort(entry)).toBe(everyPort);
    });

    const proxied = (block: Record<string, unknown>) => ingressEntries("aws:ec2/securityGroup:SecurityGroup", unknownCheckingProxy({ ingress: [block] }))[0];

    test("a known world CIDR is found while another source is unknown", () => {
        const entry = proxied({ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: UNKNOWN_SENTINELS.array, ipv6CidrBlocks: ["::/0"] });
        expect(worldSources(entry).map((s) => s.propertyPath)).toEqual(["ingress[0].ipv6CidrBlocks"]);
    });

    test("with no known world CIDR, an unknown source stops the rule rather than passing it", () => {
        const entry = proxied({ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8", UNKNOWN_SENTINELS.string] });
        let error: unknown;
        try {
            worldSources(entry);
        } catch (e) {
            error = e;
        }
        expect(isUnknownValueError(error)).toBe(true);
    });

    test("ports are read only when asked, so a private rule with unknown ports is still judged", () => {
        const entry = proxied({ protocol: "tcp", fromPort: UNKNOWN_SENTINELS.number, toPort: UNKNOWN_SENTINELS.number, cidrBlocks: ["10.0.0.0/8"] });
        expect(worldSources(entry)).toEqual([]);
    });

    test.each<[unknown, string | undefined]>([
        ["-1", "all"], [-1, "all"], [" -1 ", "all"], ["all", "all"], ["ALL", "all"],
        ["tcp", "tcp"], ["TCP", "tcp"], ["6", "tcp"], [6, "tcp"], ["udp", "udp"], ["17", "udp"],
        ["icmp", "icmp"], ["1", "icmp"], ["58", "icmpv6"], ["50", "50"], [undefined, undefined], [true, undefined],
    ])("protocol %p reads as %p", (value, expected) => {
        expect(normaliseProtocol(value)).toBe(expected);
    });

    test.each<[string[], boolean]>([
        [["0.0.0.0/1", "128.0.0.0/1"], true],
        [["::/1"], true],
        [["::ffff:0.0.0.0/96"], false],
        [["10.0.0.0/8", "203.0.113.0/24"], false],
    ])("sources %p are open to the internet: %s", (cidrs, open) => {
        const entry = ingressEntries("aws:ec2/securityGroup:SecurityGroup", { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: cidrs }] })[0];
        expect(worldSources(entry).length > 0).toBe(open);
    });
});
