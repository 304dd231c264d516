import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-audit-logging";

const cluster = (name: string, props: MockProps<"aws:redshift/cluster:Cluster"> = { clusterIdentifier: name }) =>
    mockResource("aws:redshift/cluster:Cluster", { nodeType: "ra3.xlplus", ...props }, { name });
const logging = (name: string, props: MockProps<"aws:redshift/logging:Logging">, dependsOn?: string) =>
    mockResource("aws:redshift/logging:Logging", props, { name, propertyDependencies: dependsOn ? { clusterIdentifier: [dependsOn] } : undefined });

const warehouse = cluster("warehouse");
const staging = cluster("staging");
const toCloudWatch = { logDestinationType: "cloudwatch", logExports: ["connectionlog", "userlog", "useractivitylog"] };

export const cases: RuleCase[] = [
    { name: "cluster without logging", resources: [warehouse], expect: { violations: [{ urn: warehouse.urn, messageId: "missing", data: { name: "warehouse" } }] } },
    { name: "logging to CloudWatch, joined by identifier", resources: [warehouse, logging("wh-logs", { clusterIdentifier: "warehouse", ...toCloudWatch })], expect: "pass" },
    { name: "logging to S3", resources: [warehouse, logging("wh-logs", { clusterIdentifier: "warehouse", logDestinationType: "s3", bucketName: "acme-redshift-logs" })], expect: "pass" },
    { name: "logging to S3 by default", resources: [warehouse, logging("wh-logs", { clusterIdentifier: "warehouse", bucketName: "acme-redshift-logs" })], expect: "pass" },
    {
        name: "CloudWatch logging without log types",
        resources: [warehouse, logging("wh-logs", { clusterIdentifier: "warehouse", logDestinationType: "cloudwatch", logExports: [] })],
        expect: { violations: [{ messageId: "noDestination", data: { name: "wh-logs", cluster: "warehouse" }, propertyPath: "logExports" }] },
    },
    {
        name: "S3 logging without a bucket",
        resources: [warehouse, logging("wh-logs", { clusterIdentifier: "warehouse", logDestinationType: "s3" })],
        expect: { violations: [{ messageId: "noDestination", propertyPath: "bucketName" }] },
    },
    {
        name: "joined through the property dependency while the identifier is unknown (preview)",
        resources: [cluster("warehouse", {}), logging("wh-logs", { clusterIdentifier: unknown(), ...toCloudWatch }, warehouse.urn)],
        expect: "pass",
    },
    { name: "one cluster logged, one not", resources: [warehouse, staging, logging("wh-logs", { clusterIdentifier: "warehouse", ...toCloudWatch })], expect: { violations: [{ urn: staging.urn, messageId: "missing" }] } },
    { name: "logging for a cluster outside the stack does not count", resources: [warehouse, logging("x-logs", { clusterIdentifier: "elsewhere", ...toCloudWatch })], expect: { violations: [{ urn: warehouse.urn }] } },
    { name: "logging whose cluster cannot be told: not judged", resources: [warehouse, logging("x-logs", { clusterIdentifier: unknown(), ...toCloudWatch })], expect: "skipped" },
    { name: "bucket unknown during preview", resources: [warehouse, logging("wh-logs", { clusterIdentifier: "warehouse", bucketName: unknown() })], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
