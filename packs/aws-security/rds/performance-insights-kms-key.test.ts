import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./performance-insights-kms-key";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.m6g.large", engine: "postgres", ...props }, { name: "search-db" });

export const cases: RuleCase[] = [
    {
        name: "Performance Insights without a key",
        resources: instance({ performanceInsightsEnabled: true }),
        expect: { violations: [{ messageId: "noKey", data: { kind: "DB instance", name: "search-db" }, propertyPath: "performanceInsightsKmsKeyId" }] },
    },
    {
        name: "Aurora instance with an empty key",
        resources: mockResource("aws:rds/clusterInstance:ClusterInstance", {
            clusterIdentifier: "search",
            instanceClass: "db.r6g.large",
            engine: "aurora-postgresql",
            performanceInsightsEnabled: true,
            performanceInsightsKmsKeyId: "",
        }),
        expect: { violations: [{ messageId: "noKey", data: { kind: "Cluster instance", name: "clusterInstance" }, propertyPath: "performanceInsightsKmsKeyId" }] },
    },
    {
        name: "Multi-AZ cluster without a key",
        resources: mockResource("aws:rds/cluster:Cluster", { engine: "postgres", performanceInsightsEnabled: true }),
        expect: { violations: ["performanceInsightsKmsKeyId"] },
    },
    {
        name: "the AWS managed aws/rds alias",
        resources: instance({ performanceInsightsEnabled: true, performanceInsightsKmsKeyId: "alias/aws/rds" }),
        expect: { violations: [{ messageId: "awsManagedKey", data: { kind: "DB instance", name: "search-db" }, propertyPath: "performanceInsightsKmsKeyId" }] },
    },
    {
        name: "the aws/rds alias ARN",
        resources: instance({ performanceInsightsEnabled: true, performanceInsightsKmsKeyId: "arn:aws:kms:eu-west-1:111122223333:alias/aws/rds" }),
        expect: { violations: [{ messageId: "awsManagedKey" }] },
    },
    { name: "with a customer alias", resources: instance({ performanceInsightsEnabled: true, performanceInsightsKmsKeyId: "alias/search-pi" }), expect: "pass" },
    { name: "with a customer-managed key", resources: instance({ performanceInsightsEnabled: true, performanceInsightsKmsKeyId: KEY }), expect: "pass" },
    { name: "Performance Insights off", resources: instance({}), expect: "pass" },
    { name: "key unknown during preview", resources: instance({ performanceInsightsEnabled: true, performanceInsightsKmsKeyId: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
