import { defineRule, listOf, recordOf } from "../../../src";
import type {} from "../../../src/types/gcp/storage";

type AclType =
    | "gcp:storage/bucketACL:BucketACL"
    | "gcp:storage/bucketAccessControl:BucketAccessControl"
    | "gcp:storage/defaultObjectACL:DefaultObjectACL"
    | "gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl"
    | "gcp:storage/objectACL:ObjectACL"
    | "gcp:storage/objectAccessControl:ObjectAccessControl";

/** Each ACL resource: what it governs (for messages) and where its entries are. */
interface AclShape {
    readonly subject: string;
    /** One `entity` (the access-control resources) or a list of `ROLE:entity` pairs (the ACL resources). */
    readonly entries: "entity" | "roleEntities";
    /** The inputs that take a canned ACL's name. */
    readonly canned: readonly ("predefinedAcl" | "defaultAcl")[];
}

const SHAPES: Readonly<Record<AclType, AclShape>> = {
    "gcp:storage/bucketACL:BucketACL": { subject: "Bucket ACL", entries: "roleEntities", canned: ["predefinedAcl", "defaultAcl"] },
    "gcp:storage/bucketAccessControl:BucketAccessControl": { subject: "Bucket access control", entries: "entity", canned: [] },
    "gcp:storage/defaultObjectACL:DefaultObjectACL": { subject: "Default object ACL", entries: "roleEntities", canned: [] },
    "gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl": { subject: "Default object access control", entries: "entity", canned: [] },
    "gcp:storage/objectACL:ObjectACL": { subject: "Object ACL", entries: "roleEntities", canned: ["predefinedAcl"] },
    "gcp:storage/objectAccessControl:ObjectAccessControl": { subject: "Object access control", entries: "entity", canned: [] },
};

/** The ACL entity for everyone; compared ignoring case and spaces, so a variant spelling is no way around. */
function publicEntity(entity: unknown): "allUsers" | "allAuthenticatedUsers" | undefined {
    if (typeof entity !== "string") return undefined;
    const e = entity.trim().toLowerCase();
    return e === "allusers" ? "allUsers" : e === "allauthenticatedusers" ? "allAuthenticatedUsers" : undefined;
}

/**
 * Canned ACLs that grant allUsers (publicRead, publicReadWrite) or allAuthenticatedUsers
 * (authenticatedRead); the JSON API spells them in camel case, the XML API with dashes.
 */
const PUBLIC_CANNED_ACLS: Readonly<Record<string, string>> = { publicread: "publicRead", publicreadwrite: "publicReadWrite", authenticatedread: "authenticatedRead" };

function publicCannedAcl(name: unknown): string | undefined {
    if (typeof name !== "string") return undefined;
    const key = name.replace(/[-_\s]/g, "").toLowerCase();
    return PUBLIC_CANNED_ACLS[key];
}

export default defineRule({
    id: "gcp-storage-bucket-no-public-acl",
    title: "Cloud Storage ACLs do not grant allUsers or allAuthenticatedUsers",
    description:
        "An ACL entry for allUsers lets anyone on the internet read (or write) a bucket or its objects without signing in; allAuthenticatedUsers means anyone with a Google account. Such entries sit beside the bucket's IAM policy and are easily missed in a review. Bucket ACLs, default object ACLs and object ACLs are judged, whether written as entities, `ROLE:entity` pairs or canned ACLs.",
    severity: "critical",
    service: "storage",
    frameworks: {
        "cis-gcp-5.0": ["5.1"],
        "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data"],
    remediation:
        'Remove the allUsers / allAuthenticatedUsers entries from `entity` or `roleEntities`, drop a public `predefinedAcl` or `defaultAcl` ("publicRead", "publicReadWrite", "authenticatedRead") in favour of "private" or "projectPrivate", and better, set `uniformBucketLevelAccess: true` and `publicAccessPrevention: "enforced"` on the bucket so that ACLs no longer apply.',
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "objects readable by anyone through the default object ACL",
                resources: [{ type: "gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl", name: "public-read", props: { bucket: "acme-site", entity: "allUsers", role: "READER" } }],
            },
        ],
        compliant: [
            {
                description: "a bucket ACL for the project's own team",
                resources: [{ type: "gcp:storage/bucketACL:BucketACL", name: "team", props: { bucket: "acme-site", roleEntities: ["OWNER:project-owners-123456", "READER:group-web@example.com"] } }],
            },
        ],
    },
    messages: {
        publicEntity: "{{subject}} `{{name}}` grants access to {{entity}}, that is to {{audience}}.",
        publicCanned: "{{subject}} `{{name}}` applies the canned ACL {{acl}}, which grants access to {{audience}}.",
    },
    resourceType: Object.keys(SHAPES) as AclType[],
    validate(props, ctx) {
        const shape = SHAPES[ctx.type];
        const record = recordOf(props);
        const audience = (entity: string) => (entity === "allUsers" ? "anyone on the internet" : "anyone with a Google account");
        const reportEntity = (entity: "allUsers" | "allAuthenticatedUsers", propertyPath: string) =>
            ctx.report({ messageId: "publicEntity", data: { subject: shape.subject, name: ctx.name, entity, audience: audience(entity) }, propertyPath });
        if (shape.entries === "entity") {
            const entity = publicEntity(record.entity);
            if (entity) reportEntity(entity, "entity");
        } else {
            listOf(record.roleEntities).forEach((pair, index) => {
                // `ROLE:entity`: the entity is everything after the first colon.
                const entity = typeof pair === "string" ? publicEntity(pair.slice(pair.indexOf(":") + 1)) : undefined;
                if (entity) reportEntity(entity, `roleEntities[${index}]`);
            });
        }
        for (const key of shape.canned) {
            const acl = publicCannedAcl(record[key]);
            if (!acl) continue;
            const entity = acl === "authenticatedRead" ? "allAuthenticatedUsers" : "allUsers";
            ctx.report({ messageId: "publicCanned", data: { subject: shape.subject, name: ctx.name, acl, audience: audience(entity) }, propertyPath: key });
        }
    },
});
