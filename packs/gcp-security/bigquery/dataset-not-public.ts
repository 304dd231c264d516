import { defineRule, listOf, recordOf } from "../../../src";
import { isPublicPrincipal } from "../lib/iam-grants";
import type {} from "../../../src/types/gcp/bigquery";

/** The public principal an access entry names, from its `specialGroup` or `iamMember`. */
function publicPrincipalOf(entry: unknown): { field: "specialGroup" | "iamMember"; principal: "allUsers" | "allAuthenticatedUsers" } | undefined {
    const access = recordOf(entry);
    for (const field of ["specialGroup", "iamMember"] as const) {
        const value = access[field];
        if (typeof value === "string" && isPublicPrincipal(value)) {
            return { field, principal: value.trim().toLowerCase() === "allauthenticatedusers" ? "allAuthenticatedUsers" : "allUsers" };
        }
    }
    return undefined;
}

/**
 * A dataset's own `accesses` and separate gcp.bigquery.DatasetAccess entries. The dataset IAM
 * member, binding and policy resources are judged by gcp-iam-no-public-members.
 */
export default defineRule({
    id: "gcp-bigquery-dataset-not-public",
    title: "BigQuery datasets are not shared with allUsers or allAuthenticatedUsers",
    description:
        "A dataset access entry for allUsers lets anyone on the internet query its tables; allAuthenticatedUsers means anyone with a Google account. Either publishes the data, and anyone can then run queries against it. Both the dataset's `accesses` list and separate DatasetAccess resources are judged; dataset IAM members, bindings and policies are judged by gcp-iam-no-public-members.",
    severity: "critical",
    service: "bigquery",
    frameworks: {
        "cis-gcp-5.0": ["7.1"],
        "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data"],
    remediation:
        "Remove the access entry whose `specialGroup` or `iamMember` is allAuthenticatedUsers or allUsers (from the dataset's `accesses` or the gcp.bigquery.DatasetAccess), and grant the role to the groups that need it (`groupByEmail: \"analysts@example.com\"`) or share through an authorized view.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a dataset readable by anyone with a Google account",
                resources: [
                    {
                        type: "gcp:bigquery/dataset:Dataset",
                        name: "sales",
                        props: { datasetId: "sales", accesses: [{ role: "OWNER", userByEmail: "owner@example.com" }, { role: "READER", specialGroup: "allAuthenticatedUsers" }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a dataset shared with one group",
                resources: [{ type: "gcp:bigquery/dataset:Dataset", name: "sales", props: { datasetId: "sales", accesses: [{ role: "READER", groupByEmail: "analysts@example.com" }] } }],
            },
        ],
    },
    messages: {
        publicAccess: "{{subject}} `{{name}}` shares the dataset with {{principal}}, that is with {{audience}}.",
    },
    resourceType: ["gcp:bigquery/dataset:Dataset", "gcp:bigquery/datasetAccess:DatasetAccess"],
    validate(_props, ctx) {
        const report = (found: NonNullable<ReturnType<typeof publicPrincipalOf>>, subject: string, propertyPath: string) =>
            ctx.report({
                messageId: "publicAccess",
                data: {
                    subject,
                    name: ctx.name,
                    principal: found.principal,
                    audience: found.principal === "allUsers" ? "anyone on the internet" : "anyone with a Google account",
                },
                propertyPath,
            });
        const { resource } = ctx;
        if (resource.type === "gcp:bigquery/datasetAccess:DatasetAccess") {
            const found = publicPrincipalOf(resource.props);
            if (found) report(found, "Dataset access", found.field);
            return;
        }
        listOf(resource.props.accesses).forEach((entry, index) => {
            const found = publicPrincipalOf(entry);
            if (found) report(found, "Dataset", `accesses[${index}].${found.field}`);
        });
    },
});
