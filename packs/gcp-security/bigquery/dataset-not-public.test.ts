import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./dataset-not-public";
import type {} from "../../../src/types/gcp/bigquery";

export const cases: RuleCase[] = [
    {
        name: "a dataset shared with allAuthenticatedUsers",
        resources: mockResource("gcp:bigquery/dataset:Dataset", { datasetId: "sales", accesses: [{ role: "OWNER", userByEmail: "o@example.com" }, { role: "READER", specialGroup: "allAuthenticatedUsers" }] }, { name: "sales" }),
        expect: {
            violations: [
                { messageId: "publicAccess", data: { subject: "Dataset", name: "sales", principal: "allAuthenticatedUsers", audience: "anyone with a Google account" }, propertyPath: "accesses[1].specialGroup" },
            ],
        },
    },
    {
        name: "a dataset shared with allUsers through iamMember",
        resources: mockResource("gcp:bigquery/dataset:Dataset", { datasetId: "open", accesses: [{ role: "READER", iamMember: "allUsers" }] }),
        expect: { violations: [{ messageId: "publicAccess", propertyPath: "accesses[0].iamMember" }] },
    },
    {
        name: "a dataset access resource for allUsers",
        resources: mockResource("gcp:bigquery/datasetAccess:DatasetAccess", { datasetId: "sales", role: "READER", iamMember: "allUsers" }, { name: "pub" }),
        expect: { violations: [{ messageId: "publicAccess", data: { subject: "Dataset access", name: "pub", principal: "allUsers", audience: "anyone on the internet" }, propertyPath: "iamMember" }] },
    },
    {
        name: "a dataset access resource for allAuthenticatedUsers as a special group",
        resources: mockResource("gcp:bigquery/datasetAccess:DatasetAccess", { datasetId: "sales", role: "READER", specialGroup: "allAuthenticatedUsers" }),
        expect: { violations: ["specialGroup"] },
    },
    {
        name: "project readers and one group",
        resources: mockResource("gcp:bigquery/dataset:Dataset", { datasetId: "sales", accesses: [{ role: "READER", specialGroup: "projectReaders" }, { role: "READER", groupByEmail: "a@example.com" }] }),
        expect: "pass",
    },
    { name: "a dataset with default access", resources: mockResource("gcp:bigquery/dataset:Dataset", { datasetId: "sales" }), expect: "pass" },
    { name: "an authorized view", resources: mockResource("gcp:bigquery/datasetAccess:DatasetAccess", { datasetId: "sales", view: { projectId: "p", datasetId: "v", tableId: "t" } }), expect: "pass" },
    { name: "accesses unknown during preview", resources: mockResource("gcp:bigquery/dataset:Dataset", { datasetId: "sales", accesses: unknown("array") }), expect: "skipped" },
    { name: "a special group unknown during preview", resources: mockResource("gcp:bigquery/datasetAccess:DatasetAccess", { datasetId: "sales", specialGroup: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
