import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/s3";

/** Canned ACLs that grant access to everyone, or to every AWS account. */
const PUBLIC_CANNED_ACLS = new Set(["public-read", "public-read-write", "authenticated-read"]);

/** Grantee group URIs that mean everyone / every AWS account. */
const PUBLIC_GROUPS: Readonly<Record<string, string>> = {
    "http://acs.amazonaws.com/groups/global/AllUsers": "everyone (AllUsers)",
    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers": "every AWS account (AuthenticatedUsers)",
};

function publicGroupOf(uri: unknown): string | undefined {
    return typeof uri === "string" ? PUBLIC_GROUPS[uri] : undefined;
}

export default defineRule({
    id: "s3-no-public-acl",
    title: "No public S3 ACLs",
    description:
        "An ACL that grants access to AllUsers or AuthenticatedUsers opens the bucket's objects to anyone with an internet connection (or any AWS account). Public buckets are the most common source of cloud data leaks. The ACL is reported even where a public access block would make S3 ignore or refuse it: this rule judges each resource before it is created, without the block in view, and an ignored public ACL becomes live again the moment the block is lifted.",
    severity: "critical",
    service: "s3",
    frameworks: {
        "aws-fsbp": ["S3.2", "S3.3"],
        "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data"],
    remediation:
        'Use the "private" ACL (or no ACL, with object ownership set to BucketOwnerEnforced), and serve public content through CloudFront with an origin access control instead.',
    defaultLevel: "mandatory",
    examples: {
        violating: [{ resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: { acl: "public-read" } }] }],
        compliant: [{ resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: { acl: "private" } }] }],
    },
    messages: {
        cannedAcl: '{{kind}} `{{name}}` uses the canned ACL "{{acl}}".',
        publicGrant: "{{kind}} `{{name}}` grants access to {{group}}.",
    },
    resourceType: ["aws:s3/bucket:Bucket", "aws:s3/bucketAcl:BucketAcl"],
    validate(props, ctx) {
        const { resource } = ctx;
        const kind = resource.type === "aws:s3/bucket:Bucket" ? "Bucket" : "Bucket ACL";
        if (typeof props.acl === "string" && PUBLIC_CANNED_ACLS.has(props.acl)) {
            ctx.report({ messageId: "cannedAcl", data: { kind, name: ctx.name, acl: props.acl }, propertyPath: "acl" });
        }
        if (resource.type === "aws:s3/bucket:Bucket") {
            listOf(resource.props.grants).forEach((grant, index) => {
                const group = publicGroupOf(recordOf(grant).uri);
                if (group) ctx.report({ messageId: "publicGrant", data: { kind, name: ctx.name, group }, propertyPath: propertyPath("grants", index, "uri") });
            });
        } else {
            const policy = recordOf(resource.props.accessControlPolicy);
            listOf(policy.grants).forEach((grant, index) => {
                const group = publicGroupOf(recordOf(recordOf(grant).grantee).uri);
                if (group) {
                    ctx.report({
                        messageId: "publicGrant",
                        data: { kind, name: ctx.name, group },
                        propertyPath: propertyPath("accessControlPolicy", "grants", index, "grantee", "uri"),
                    });
                }
            });
        }
    },
});
