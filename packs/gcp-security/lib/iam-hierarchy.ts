/**
 * IAM at the levels of the resource hierarchy (organization, folder, project), where a grant
 * reaches every resource below. The member, binding and policy resources of each level, the input
 * naming the level's node (`orgId`, `folder`, `project`), and what roles mean there.
 */
import { recordOf } from "../../../src";

/** The member, binding and policy resource types of the organization, folder and project levels. */
export const HIERARCHY_IAM_TYPES = [
    "gcp:organizations/iAMMember:IAMMember",
    "gcp:organizations/iAMBinding:IAMBinding",
    "gcp:organizations/iAMPolicy:IAMPolicy",
    "gcp:folder/iAMMember:IAMMember",
    "gcp:folder/iAMBinding:IAMBinding",
    "gcp:folder/iAMPolicy:IAMPolicy",
    "gcp:projects/iAMMember:IAMMember",
    "gcp:projects/iAMBinding:IAMBinding",
    "gcp:projects/iAMPolicy:IAMPolicy",
] as const;

/** The audit config resource types of the three levels. */
export const HIERARCHY_AUDIT_CONFIG_TYPES = [
    "gcp:organizations/iamAuditConfig:IamAuditConfig",
    "gcp:folder/iamAuditConfig:IamAuditConfig",
    "gcp:projects/iAMAuditConfig:IAMAuditConfig",
] as const;

export type HierarchyLevel = "organization" | "folder" | "project";

/** The level of a hierarchy IAM type token, by its module; undefined for others. */
export function hierarchyLevelOf(type: string): HierarchyLevel | undefined {
    const module = type.split(":")[1]?.split("/")[0];
    return module === "organizations" ? "organization" : module === "folder" ? "folder" : module === "projects" ? "project" : undefined;
}

/** The input naming the node a hierarchy IAM resource applies to. */
export function scopeInput(level: HierarchyLevel): "orgId" | "folder" | "project" {
    return level === "organization" ? "orgId" : level;
}

/** The node's id as given (reading it may throw during preview); undefined when it is not a string. */
export function scopeOf(level: HierarchyLevel, props: unknown): string | undefined {
    const value = recordOf(props)[scopeInput(level)];
    return typeof value === "string" ? value.trim() : undefined;
}

/** A message-friendly name of a level's resource kind ("Project IAM member", "Folder IAM policy"). */
export function hierarchySubject(level: HierarchyLevel, type: string): string {
    const kind = /Member$/.test(type) ? "member" : /Binding$/.test(type) ? "binding" : "policy";
    return `${level.charAt(0).toUpperCase()}${level.slice(1)} IAM ${kind}`;
}

/** The id of a role (`roles/storage.admin` → `storage.admin`, `projects/p/roles/myAdmin` → `myAdmin`). */
export function roleId(role: string): string {
    const trimmed = role.trim();
    return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

/** The basic (primitive) roles that grant nearly everything: Owner and Editor. */
export function isOwnerOrEditor(role: unknown): boolean {
    if (typeof role !== "string") return false;
    const r = role.trim().toLowerCase();
    return r === "roles/owner" || r === "roles/editor";
}

/** An administrative role as CIS reads it: Owner, Editor, or any role whose id contains "admin". */
export function isAdministrativeRole(role: unknown): boolean {
    return typeof role === "string" && (isOwnerOrEditor(role) || /admin/i.test(roleId(role)));
}
