import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./blob-container-no-public-access";

const container = (props: MockProps<"azure-native:storage:BlobContainer">) =>
    mockResource("azure-native:storage:BlobContainer", { resourceGroupName: "rg-data", accountName: "acmedata", ...props }, { name: "assets" });

export const cases: RuleCase[] = [
    {
        name: "container-level public access",
        resources: container({ publicAccess: "Container" }),
        expect: { violations: [{ messageId: "publicContainer", data: { name: "assets", value: '"Container"' }, propertyPath: "publicAccess" }] },
    },
    {
        name: "blob-level public access",
        resources: container({ publicAccess: "Blob" }),
        expect: { violations: [{ messageId: "publicContainer", data: { name: "assets", value: '"Blob"' }, propertyPath: "publicAccess" }] },
    },
    {
        name: "lower-case blob is still public",
        resources: container({ publicAccess: "blob" as "Blob" }),
        expect: { violations: [{ messageId: "publicContainer", data: { name: "assets", value: '"blob"' } }] },
    },
    { name: "None", resources: container({ publicAccess: "None" }), expect: "pass" },
    { name: "none in lower case", resources: container({ publicAccess: "none" as "None" }), expect: "pass" },
    { name: "absent: private", resources: container({}), expect: "pass" },
    { name: "unknown during preview", resources: container({ publicAccess: unknown() }), expect: "skipped" },
    { name: "remediation makes it private", resources: container({ publicAccess: "Container" }), expect: { remediated: { publicAccess: "None" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
