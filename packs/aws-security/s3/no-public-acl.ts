import { defineRule, listOf, propertyPath, recordOf } from "../../../src";

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
        "An ACL that grants access to AllUsers or AuthenticatedUsers opens the bucket's objects to anyone with an internet connection (or any AWS account). Public buckets are the most common source of cloud data leaks.",
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
    resourceType: ["aws:s3/bucket:Bucket", "aws:s3/bucketAcl:BucketAcl"],
    validate(props, ctx) {
        const kind = ctx.type === "aws:s3/bucket:Bucket" ? "Bucket" : "Bucket ACL";
        if (typeof props.acl === "string" && PUBLIC_CANNED_ACLS.has(props.acl)) {
            ctx.report({ message: `${kind} \`${ctx.name}\` uses the canned ACL "${props.acl}".`, propertyPath: "acl" });
        }
        if (ctx.type === "aws:s3/bucket:Bucket") {
            listOf((props as { grants?: unknown }).grants).forEach((grant, index) => {
                const group = publicGroupOf(recordOf(grant).uri);
                if (group) ctx.report({ message: `Bucket \`${ctx.name}\` grants access to ${group}.`, propertyPath: propertyPath("grants", index, "uri") });
            });
        } else {
            const policy = recordOf((props as { accessControlPolicy?: unknown }).accessControlPolicy);
            listOf(policy.grants).forEach((grant, index) => {
                const group = publicGroupOf(recordOf(recordOf(grant).grantee).uri);
                if (group) {
                    ctx.report({
                        message: `Bucket ACL \`${ctx.name}\` grants access to ${group}.`,
                        propertyPath: propertyPath("accessControlPolicy", "grants", index, "grantee", "uri"),
                    });
                }
            });
        }
    },
});
