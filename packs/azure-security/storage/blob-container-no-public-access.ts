import { defineRule } from "../../../src";
import { isEnum, quotedEnum } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/storage";

/**
 * Judged on the container itself: an absent publicAccess is "None". Azure refuses a public level
 * on an account that disallows anonymous access, so a container that sets one also needs its
 * account to allow it (azure-storage-account-no-public-blob-access judges that side).
 */
export default defineRule({
    id: "azure-storage-blob-container-no-public-access",
    title: "Blob containers are not publicly readable",
    description:
        'A container with public access level "Blob" lets anyone read any blob whose URL they know or guess; "Container" also lets them list every blob in it. Neither needs credentials or leaves a trace of who read the data.',
    severity: "high",
    service: "storage",
    frameworks: {
        "nist-800-53-r5": ["AC-3", "AC-6"],
    },
    tags: ["exposure", "data"],
    remediation: 'Set `publicAccess: "None"` on the blob container (or leave it out), and share blobs through short-lived SAS URLs or a CDN with origin authentication instead.',
    defaultLevel: "mandatory",
    messages: {
        publicContainer: "Blob container `{{name}}` is readable by anyone: publicAccess is {{value}}. Set publicAccess to \"None\".",
    },
    examples: {
        violating: [
            {
                description: "a container anyone can list",
                resources: [{ type: "azure-native:storage:BlobContainer", name: "assets", props: { resourceGroupName: "rg-data", accountName: "acmedata", publicAccess: "Container" } }],
            },
        ],
        compliant: [
            {
                description: "a private container",
                resources: [{ type: "azure-native:storage:BlobContainer", name: "assets", props: { resourceGroupName: "rg-data", accountName: "acmedata", publicAccess: "None" } }],
            },
        ],
    },
    resourceType: "azure-native:storage:BlobContainer",
    validate(props, ctx) {
        const value: unknown = props.publicAccess;
        if (value === undefined || value === null || isEnum(value, "None")) return;
        ctx.report({ messageId: "publicContainer", data: { name: ctx.name, value: quotedEnum(value) ?? 'not "None"' }, propertyPath: "publicAccess" });
    },
    remediate(props) {
        props.publicAccess = "None";
    },
});
