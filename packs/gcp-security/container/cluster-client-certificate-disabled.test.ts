import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./cluster-client-certificate-disabled";

const cluster = (issueClientCertificate: boolean) =>
    mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1, masterAuth: { clientCertificateConfig: { issueClientCertificate } } }, { name: "prod" });

export const cases: RuleCase[] = [
    {
        name: "client certificate issued",
        resources: cluster(true),
        expect: { violations: [{ propertyPath: "masterAuth.clientCertificateConfig.issueClientCertificate", messageIncludes: "Cluster `prod` issues a client certificate" }] },
    },
    { name: "client certificate not issued", resources: cluster(false), expect: "pass" },
    { name: "no masterAuth: none issued by default", resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1 }), expect: "pass" },
    { name: "unknown during preview", resources: cluster(unknown("boolean")), expect: "skipped" },
    { name: "masterAuth unknown during preview", resources: mockResource("gcp:container/cluster:Cluster", { masterAuth: unknown("object") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
