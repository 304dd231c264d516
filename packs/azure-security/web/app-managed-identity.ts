import { defineRule, recordOf } from "../../../src";
import { settingText, WEB_APP_TYPES, webAppKind } from "../lib/web-apps";

/** True when the identity type names a system- or user-assigned identity ("SystemAssigned, UserAssigned" names both). */
function hasManagedIdentity(type: unknown): boolean {
    if (typeof type !== "string") return false;
    return type.split(",").some((part) => ["systemassigned", "userassigned"].includes(part.trim().toLowerCase()));
}

/** Without `identity` an app has no managed identity (the API's default is "None"). */
export default defineRule({
    id: "azure-web-app-managed-identity",
    title: "App Service apps use a managed identity",
    description:
        "An app without a managed identity has to reach databases, storage and Key Vault with secrets kept in its settings, where they leak through configuration exports, logs and deployment tooling and are rarely rotated. A managed identity gets short-lived tokens from Entra ID with nothing to store.",
    severity: "low",
    service: "web",
    frameworks: { "nist-800-53-r5": ["IA-2", "IA-5"] },
    tags: ["identity", "credentials"],
    remediation:
        'Set `identity: { type: "SystemAssigned" }` (or "UserAssigned" with `userAssignedIdentities`) on the azure-native.web.WebApp and on each azure-native.web.WebAppSlot, grant that identity the roles it needs, and remove the stored secrets.',
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "an app without an identity", resources: [{ type: "azure-native:web:WebApp", name: "site", props: { resourceGroupName: "rg-web" } }] }],
        compliant: [{ description: "an app with a system-assigned identity", resources: [{ type: "azure-native:web:WebApp", name: "site", props: { resourceGroupName: "rg-web", identity: { type: "SystemAssigned" } } }] }],
    },
    messages: {
        unset: "{{kind}} `{{name}}` has no managed identity: identity is not set.",
        none: "{{kind}} `{{name}}` has no managed identity: identity.type is {{value}}.",
    },
    resourceType: WEB_APP_TYPES,
    validate(props, ctx) {
        const data = { kind: webAppKind(ctx.type), name: ctx.name };
        const identity = props.identity;
        if (identity === undefined || identity === null) {
            ctx.report({ messageId: "unset", data, propertyPath: "identity" });
            return;
        }
        const type = recordOf(identity).type;
        if (hasManagedIdentity(type)) return;
        ctx.report({ messageId: "none", data: { ...data, value: settingText(type, "not SystemAssigned or UserAssigned") }, propertyPath: "identity.type" });
    },
});
