import { defineRule, recordOf } from "../../../src";
import { internetWideIpRule, isEnum, quotedEnum } from "../lib/storage-settings";
import type {} from "../../../src/types/azure-native/storage";

/**
 * Defaults relied on: without a networkRuleSet the account accepts every network (the SDK fills
 * in defaultAction "Allow" when the block is given without one), and an absent
 * publicNetworkAccess is "Enabled". "SecuredByPerimeter" alone does not pass: while the
 * perimeter is in transition (learning) mode the account's own firewall still decides. A Deny
 * whose IP rules admit the internet (0.0.0.0/0, 0.0.0.0/1, ...) denies nothing, so it is reported.
 */
export default defineRule({
    id: "azure-storage-account-network-default-deny",
    title: "Storage accounts deny network access by default",
    description:
        "A storage account whose firewall allows all networks can be reached from anywhere on the internet, so a leaked key or SAS token is usable by anyone. Denying by default, then allowing only chosen virtual networks, IP ranges and private endpoints (or switching public network access off), keeps stolen credentials from being used outside them. An IP rule that admits the whole internet undoes the Deny and is reported too.",
    severity: "medium",
    service: "storage",
    frameworks: {
        "cis-azure-6.0": ["9.3.2.3"],
        "nist-800-53-r5": ["AC-4", "SC-7"],
    },
    tags: ["network", "exposure"],
    remediation:
        'Set `networkRuleSet: { defaultAction: "Deny", ipRules: [...], virtualNetworkRules: [...] }` on the storage account (keep `bypass: "AzureServices"` if trusted Azure services need access), or set `publicNetworkAccess: "Disabled"` and reach it through private endpoints.',
    defaultLevel: "advisory",
    messages: {
        noRuleSet: "Storage account `{{name}}` accepts traffic from every network: it has no networkRuleSet, so the default action is Allow. Set networkRuleSet.defaultAction to \"Deny\" or publicNetworkAccess to \"Disabled\".",
        allowByDefault: "Storage account `{{name}}` accepts traffic from every network: networkRuleSet.defaultAction is {{value}}. Set it to \"Deny\" or publicNetworkAccess to \"Disabled\".",
        internetIpRule: "Storage account `{{name}}` denies by default but its IP rule {{range}} admits the whole internet. Allow only your own public ranges in networkRuleSet.ipRules.",
    },
    examples: {
        violating: [
            {
                description: "an account open to all networks",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, networkRuleSet: { defaultAction: "Allow" } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an account reachable from one subnet only",
                resources: [
                    {
                        type: "azure-native:storage:StorageAccount",
                        name: "data",
                        props: {
                            resourceGroupName: "rg-data",
                            kind: "StorageV2",
                            sku: { name: "Standard_LRS" },
                            networkRuleSet: {
                                defaultAction: "Deny",
                                bypass: "AzureServices",
                                virtualNetworkRules: [{ virtualNetworkResourceId: "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/app/subnets/web" }],
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:storage:StorageAccount",
    validate(props, ctx) {
        if (isEnum(props.publicNetworkAccess, "Disabled")) return;
        const ruleSet = props.networkRuleSet;
        if (ruleSet === undefined || ruleSet === null) {
            ctx.report({ messageId: "noRuleSet", data: { name: ctx.name }, propertyPath: "networkRuleSet" });
            return;
        }
        const action: unknown = recordOf(ruleSet).defaultAction;
        if (isEnum(action, "Deny")) {
            const open = internetWideIpRule(recordOf(ruleSet).ipRules, "iPAddressOrRange");
            if (open) ctx.report({ messageId: "internetIpRule", data: { name: ctx.name, range: open.range }, propertyPath: `networkRuleSet.ipRules[${open.index}].iPAddressOrRange` });
            return;
        }
        ctx.report({
            messageId: "allowByDefault",
            data: { name: ctx.name, value: action === undefined || action === null ? "not set (Allow)" : quotedEnum(action) ?? "not \"Deny\"" },
            propertyPath: "networkRuleSet.defaultAction",
        });
    },
});
