import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./in-vpc";

const domain = (props: MockProps<"aws:opensearch/domain:Domain">) => mockResource("aws:opensearch/domain:Domain", { engineVersion: "OpenSearch_2.13", ...props }, { name: "search" });

export const cases: RuleCase[] = [
    { name: "no VPC options (public endpoint)", resources: domain({}), expect: { violations: [{ propertyPath: "vpcOptions.subnetIds", messageIncludes: "public" }] } },
    { name: "VPC options without subnets", resources: domain({ vpcOptions: { securityGroupIds: ["sg-1"], subnetIds: [] } }), expect: { violations: ["vpcOptions.subnetIds"] } },
    { name: "in private subnets", resources: domain({ vpcOptions: { subnetIds: ["subnet-a", "subnet-b"], securityGroupIds: ["sg-1"] } }), expect: "pass" },
    { name: "subnet IDs from other resources, unknown during preview", resources: domain({ vpcOptions: { subnetIds: [unknown(), unknown()] } }), expect: "pass" },
    {
        name: "legacy Elasticsearch domain outside a VPC",
        resources: mockResource("aws:elasticsearch/domain:Domain", {}),
        expect: { violations: [{ messageIncludes: "Elasticsearch domain" }] },
    },
    { name: "subnet list unknown during preview", resources: domain({ vpcOptions: { subnetIds: unknown("array") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
