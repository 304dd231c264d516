import { defineRule, known, type StackResource } from "../../../src";
import { principalKey, principalText, principalType, readGrants, UNREADABLE_GRANTS_MESSAGE } from "../lib/iam-grants";
import { hierarchyLevelOf, hierarchySubject, HIERARCHY_IAM_TYPES, scopeOf } from "../lib/iam-hierarchy";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/folder";
import type {} from "../../../src/types/gcp/organizations";

/** Roles that one principal should not hold together on one node: an admin role and the roles it administers. */
interface Duty {
    readonly admin: string;
    readonly users: readonly string[];
}

const DUTIES: readonly Duty[] = [
    // CIS 1.9: whoever manages service accounts should not also act as them.
    { admin: "roles/iam.serviceaccountadmin", users: ["roles/iam.serviceaccountuser"] },
    // CIS 1.12: whoever manages keys should not also use them.
    { admin: "roles/cloudkms.admin", users: ["roles/cloudkms.cryptokeyencrypterdecrypter", "roles/cloudkms.cryptokeyencrypter", "roles/cloudkms.cryptokeydecrypter"] },
];
const JUDGED_ROLES: ReadonlySet<string> = new Set(DUTIES.flatMap((d) => [d.admin, ...d.users]));

/** Where a role was granted to a principal. */
interface Granted {
    readonly role: string;
    readonly resource: StackResource;
    readonly path: string;
}

/**
 * A stack rule: the roles of one principal on one node (organization, folder or project) may come
 * from several member, binding and policy resources. A resource whose node, grants or role is
 * unknown during preview is passed over and noted. Deleted principals grant nothing and are skipped.
 */
export default defineRule({
    id: "gcp-projects-separation-of-duties",
    title: "No principal holds both an admin role and the roles it administers",
    description:
        "Separation of duties means that no one can both grant a power and use it unseen. Whoever holds Service Account Admin and Service Account User on a project can create a service account, give it any role and act as it; whoever holds Cloud KMS Admin and a CryptoKey Encrypter/Decrypter role can change a key's policy and decrypt with it. Each pair is judged per principal and per organization, folder or project, across every IAM member, binding and policy of the stack.",
    severity: "medium",
    service: "projects",
    frameworks: {
        "cis-gcp-5.0": ["1.9", "1.12"],
        "nist-800-53-r5": ["AC-5", "AC-6"],
    },
    tags: ["iam", "least-privilege"],
    remediation:
        "Grant the admin role (roles/iam.serviceAccountAdmin, roles/cloudkms.admin) and the roles it administers (roles/iam.serviceAccountUser; roles/cloudkms.cryptoKeyEncrypterDecrypter, …Encrypter, …Decrypter) to different principals: remove one of the two IAM members or binding entries.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "one user manages service accounts and acts as them",
                resources: [
                    { type: "gcp:projects/iAMMember:IAMMember", name: "ana-sa-admin", props: { project: "acme-prod", role: "roles/iam.serviceAccountAdmin", member: "user:ana@example.com" } },
                    { type: "gcp:projects/iAMMember:IAMMember", name: "ana-sa-user", props: { project: "acme-prod", role: "roles/iam.serviceAccountUser", member: "user:ana@example.com" } },
                ],
            },
        ],
        compliant: [
            {
                description: "the two roles held by different people",
                resources: [
                    { type: "gcp:projects/iAMMember:IAMMember", name: "ana-sa-admin", props: { project: "acme-prod", role: "roles/iam.serviceAccountAdmin", member: "user:ana@example.com" } },
                    { type: "gcp:projects/iAMMember:IAMMember", name: "ben-sa-user", props: { project: "acme-prod", role: "roles/iam.serviceAccountUser", member: "user:ben@example.com" } },
                ],
            },
        ],
    },
    messages: {
        combined: "{{principal}} holds both {{admin}} (through `{{adminName}}`) and {{user}} (through `{{userName}}`) on {{level}} {{scope}}.",
        unreadable: UNREADABLE_GRANTS_MESSAGE,
    },
    stack: true,
    validate(stack, ctx) {
        // node and principal → role → where it was first granted
        const held = new Map<string, { principal: string; level: string; scope: string; roles: Map<string, Granted> }>();
        for (const resource of stack.ofType(...HIERARCHY_IAM_TYPES)) {
            const level = hierarchyLevelOf(resource.type) ?? "project";
            const scope = known(() => scopeOf(level, resource.props) ?? "");
            const reading = known(() => readGrants(resource.type, resource.props));
            if (!scope.known || !reading.known) continue;
            if (reading.value.kind === "unreadable") {
                const { path, problem } = reading.value;
                ctx.report({ messageId: "unreadable", data: { kind: hierarchySubject(level, resource.type), name: resource.name, path, problem }, propertyPath: path, urn: resource.urn });
                continue;
            }
            for (const grant of reading.value.grants) {
                if (principalType(grant.principal) === "deleted") continue;
                const role = known(() => grant.role());
                if (!role.known || typeof role.value !== "string") continue;
                const normalized = role.value.trim().toLowerCase();
                if (!JUDGED_ROLES.has(normalized)) continue;
                const key = `${level}\u0000${scope.value}\u0000${principalKey(grant.principal)}`;
                let entry = held.get(key);
                if (!entry) held.set(key, (entry = { principal: grant.principal, level, scope: scope.value, roles: new Map() }));
                if (!entry.roles.has(normalized)) entry.roles.set(normalized, { role: role.value.trim(), resource, path: grant.path });
            }
        }
        for (const entry of held.values()) {
            for (const duty of DUTIES) {
                const admin = entry.roles.get(duty.admin);
                if (!admin) continue;
                for (const userRole of duty.users) {
                    const user = entry.roles.get(userRole);
                    if (!user) continue;
                    ctx.report({
                        messageId: "combined",
                        data: {
                            principal: principalText(entry.principal),
                            admin: admin.role,
                            adminName: admin.resource.name,
                            user: user.role,
                            userName: user.resource.name,
                            level: entry.level,
                            scope: principalText(entry.scope),
                        },
                        propertyPath: user.path,
                        urn: user.resource.urn,
                    });
                }
            }
        }
    },
});
