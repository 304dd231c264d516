import { defineRule, recordOf } from "../../../src";
import { internetWideIpRule, isEnum, quotedEnum } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/keyvault";

/**
 * Defaults relied on: an absent publicNetworkAccess is "enabled" (the SDK fills it in), and a
 * vault without networkAcls, or without a defaultAction in them, accepts every network. A Deny
 * whose IP rules admit the internet (0.0.0.0/0, 0.0.0.0/1, ...) denies nothing, so it is reported.
 */
export default defineRule({
    id: "azure-keyvault-vault-network-default-deny",
    title: "Key vaults deny network access by default",
    description:
        "A key vault reachable from every network lets anyone holding a stolen token or client secret read its secrets and use its keys from anywhere. Denying by default, then allowing only chosen virtual networks, IP ranges and private endpoints (or switching public network access off), confines that use to your networks. An IP rule that admits the whole internet undoes the Deny and is reported too.",
    severity: "medium",
    service: "keyvault",
    frameworks: {
        "nist-800-53-r5": ["AC-4", "SC-7"],
    },
    tags: ["network", "exposure", "keys"],
    remediation:
        'Set `properties.networkAcls: { defaultAction: "Deny", bypass: "AzureServices", ipRules: [...], virtualNetworkRules: [...] }` on the key vault, or set `properties.publicNetworkAccess: "Disabled"` and reach it through a private endpoint.',
    defaultLevel: "advisory",
    messages: {
        noAcls: "Key vault `{{name}}` accepts traffic from every network: it has no properties.networkAcls, so the default action is Allow. Set properties.networkAcls.defaultAction to \"Deny\" or properties.publicNetworkAccess to \"Disabled\".",
        allowByDefault: "Key vault `{{name}}` accepts traffic from every network: properties.networkAcls.defaultAction is {{value}}. Set it to \"Deny\" or properties.publicNetworkAccess to \"Disabled\".",
        internetIpRule: "Key vault `{{name}}` denies by default but its IP rule {{range}} admits the whole internet. Allow only your own public ranges in properties.networkAcls.ipRules.",
    },
    examples: {
        violating: [
            {
                description: "a vault open to every network",
                resources: [{ type: "azure-native:keyvault:Vault", name: "secrets", props: { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, networkAcls: { defaultAction: "Allow" } } } }],
            },
        ],
        compliant: [
            {
                description: "a vault reachable from one subnet",
                resources: [{ type: "azure-native:keyvault:Vault", name: "secrets", props: { resourceGroupName: "rg-sec", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, networkAcls: { defaultAction: "Deny", bypass: "AzureServices", virtualNetworkRules: [{ id: "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/app/subnets/web" }] } } } }],
            },
        ],
    },
    resourceType: "azure-native:keyvault:Vault",
    validate(props, ctx) {
        const properties = recordOf(props.properties);
        if (isEnum(properties.publicNetworkAccess, "Disabled")) return;
        const acls = properties.networkAcls;
        if (acls === undefined || acls === null) {
            ctx.report({ messageId: "noAcls", data: { name: ctx.name }, propertyPath: "properties.networkAcls" });
            return;
        }
        const action: unknown = recordOf(acls).defaultAction;
        if (isEnum(action, "Deny")) {
            const open = internetWideIpRule(recordOf(acls).ipRules, "value");
            if (open) ctx.report({ messageId: "internetIpRule", data: { name: ctx.name, range: open.range }, propertyPath: `properties.networkAcls.ipRules[${open.index}].value` });
            return;
        }
        ctx.report({
            messageId: "allowByDefault",
            data: { name: ctx.name, value: action === undefined || action === null ? "not set (Allow)" : quotedEnum(action) ?? 'not "Deny"' },
            propertyPath: "properties.networkAcls.defaultAction",
        });
    },
});
