/**
 * App Service apps and their deployment slots: both carry the same site settings (`httpsOnly`,
 * `identity`, `siteConfig`), and a slot serves traffic of its own, so the web rules judge both.
 * azure-native v3 has no separate site-configuration resource: `siteConfig` is set on the app or
 * slot itself.
 */
import type { ResourceType } from "../../../src";
import type {} from "../../../src/types/azure-native/web";

/** The resources whose site settings the web rules judge. */
export const WEB_APP_TYPES = ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"] as const satisfies readonly ResourceType[];

/** How a message names the resource: "App" or "Deployment slot". */
export function webAppKind(type: string): string {
    return type === "azure-native:web:WebAppSlot" ? "Deployment slot" : "App";
}

/** A setting's value for a message: a short word or version quoted as written, else a description. */
export function settingText(value: unknown, otherwise: string): string {
    return typeof value === "string" && /^[A-Za-z0-9._]{1,20}$/.test(value) ? `"${value}"` : otherwise;
}

/**
 * The resource's `siteConfig`, created when absent, for a remediation to set a value in place.
 * `props` is the app's or slot's mutable props.
 */
export function siteConfigOf(props: { siteConfig?: unknown }): Record<string, unknown> {
    const current = props.siteConfig;
    if (current !== null && typeof current === "object" && !Array.isArray(current)) return current as Record<string, unknown>;
    const created: Record<string, unknown> = {};
    props.siteConfig = created;
    return created;
}

/** True when the enum string equals one of `allowed`, ignoring case and surrounding spaces (Azure compares enums so). */
export function enumIn(value: unknown, allowed: readonly string[]): boolean {
    if (typeof value !== "string") return false;
    const text = value.trim().toLowerCase();
    return allowed.some((a) => a.toLowerCase() === text);
}
