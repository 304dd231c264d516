import { defineRule, known, peek } from "../../../src";
import { classNameOf, isPublicPrincipal, readGrants, roleText, UNREADABLE_GRANTS_MESSAGE } from "../lib/iam-grants";
import { GCP_IAM_TYPES } from "../lib/iam-types.generated";
import type {} from "../../../src/types/gcp/storage";

/**
 * Every IAM member, binding and policy resource of every service (GCP_IAM_TYPES). It is a stack
 * rule because a resource rule over several hundred tokens is too complex for the compiler's
 * props typing; the props are read kind by kind in the lib (the same three shapes for every
 * service), so no service's types are needed. A resource whose grants are unknown during preview
 * is passed over and noted, so a run that finds nothing else could not judge, never passes.
 * IAM Conditions cannot be set on a grant to allUsers or allAuthenticatedUsers, so a condition
 * never confines a public grant and is not looked at.
 */
const IAM_TYPES: ReadonlySet<string> = new Set(GCP_IAM_TYPES);

export default defineRule({
    id: "gcp-iam-no-public-members",
    title: "IAM grants do not name allUsers or allAuthenticatedUsers",
    description:
        "Granting a role to allUsers lets anyone on the internet use it, without signing in; allAuthenticatedUsers is hardly narrower: it means anyone with any Google account. A single such grant on a bucket, a KMS key, a dataset, a secret or a project exposes everything the role allows. Every IAM member, binding and policy resource of every service is judged; a policy whose JSON cannot be read is reported, never passed.",
    severity: "critical",
    service: "iam",
    frameworks: {
        "cis-gcp-5.0": ["1.10", "5.1", "7.1"],
        "nist-800-53-r5": ["AC-3", "AC-6", "AC-21", "SC-7"],
    },
    tags: ["exposure", "iam"],
    remediation:
        'Remove `allUsers` and `allAuthenticatedUsers` from the resource\'s `member`, `members` or `policyData` bindings and grant the role to the groups or service accounts that need it (`group:readers@example.com`, `serviceAccount:app@project.iam.gserviceaccount.com`). For a public website, serve the content through a load balancer or CDN, and list the role in `allowedPublicRoles` only where public use is the intent (a public Cloud Run service\'s `roles/run.invoker`).',
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            allowedPublicRoles: {
                type: "array",
                items: { type: "string" },
                description: 'Roles that may be granted to allUsers or allAuthenticatedUsers because public use is the intent, e.g. ["roles/run.invoker"] for public Cloud Run services. Empty by default.',
            },
        },
    },
    configDefaults: { allowedPublicRoles: [] },
    examples: {
        violating: [
            {
                description: "every object of a bucket readable by anyone",
                resources: [
                    {
                        type: "gcp:storage/bucketIAMMember:BucketIAMMember",
                        name: "public-read",
                        props: { bucket: "acme-reports", role: "roles/storage.objectViewer", member: "allUsers" },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a bucket readable by one group",
                resources: [
                    {
                        type: "gcp:storage/bucketIAMBinding:BucketIAMBinding",
                        name: "readers",
                        props: { bucket: "acme-reports", role: "roles/storage.objectViewer", members: ["group:analysts@example.com"] },
                    },
                ],
            },
        ],
    },
    messages: {
        publicGrant: "{{kind}} `{{name}}` grants {{role}} to {{principal}}, that is to {{audience}}.",
        unreadable: UNREADABLE_GRANTS_MESSAGE,
    },
    stack: true,
    validate(stack, ctx) {
        const allowed = new Set(ctx.config.allowedPublicRoles);
        for (const resource of stack.resources) {
            if (!IAM_TYPES.has(resource.type)) continue;
            const kind = classNameOf(resource.type);
            const subject = { kind, name: resource.name };
            const reading = known(() => readGrants(resource.type, resource.props));
            if (!reading.known) continue;
            if (reading.value.kind === "unreadable") {
                const { path, problem } = reading.value;
                ctx.report({ messageId: "unreadable", data: { ...subject, path, problem }, propertyPath: path, urn: resource.urn });
                continue;
            }
            for (const grant of reading.value.grants) {
                if (!isPublicPrincipal(grant.principal)) continue;
                // The role decides only when some roles may be public; otherwise it is just named.
                const role = allowed.size > 0 ? known(() => grant.role()) : peek(() => grant.role());
                if (allowed.size > 0 && (!role.known || (typeof role.value === "string" && allowed.has(role.value)))) continue;
                const everyone = grant.principal.trim().toLowerCase() !== "allauthenticatedusers";
                ctx.report({
                    messageId: "publicGrant",
                    data: {
                        ...subject,
                        role: (role.known ? roleText(role.value) : undefined) ?? "a role",
                        principal: everyone ? "allUsers" : "allAuthenticatedUsers",
                        audience: everyone ? "anyone on the internet" : "anyone with a Google account",
                    },
                    propertyPath: grant.path,
                    urn: resource.urn,
                });
            }
        }
    },
});
