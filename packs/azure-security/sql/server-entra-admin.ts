import { defineRule, recordOf, type StackResource } from "../../../src";
import { checkEveryServer } from "../lib/database-settings";
import type {} from "../../../src/types/azure-native/sql";

/** True when the server's own `administrators` names an Entra principal (by login or object ID). */
function hasInlineAdmin(server: StackResource): "ok" | undefined {
    const admin = recordOf(server.props.administrators);
    const named = (value: unknown) => typeof value === "string" && value.trim() !== "";
    return named(admin.login) || named(admin.sid) ? "ok" : undefined;
}

/**
 * An Entra administrator is set either on the server, in `administrators` (read at creation
 * only), or by a separate ServerAzureADAdministrator naming the server in `serverName`; either
 * counts. The separate resource requires a login and an object ID, so its presence is enough.
 * Without either, the server has only its SQL login (Azure sets no Entra administrator).
 */
export default defineRule({
    id: "azure-sql-server-entra-admin",
    title: "Azure SQL servers have a Microsoft Entra administrator",
    description:
        "Without a Microsoft Entra administrator, only SQL logins with passwords can manage the server: they bypass multi-factor authentication and conditional access, and are not removed when a person leaves. An Entra administrator lets access be granted to Entra users and groups instead.",
    severity: "medium",
    service: "sql",
    frameworks: { "nist-800-53-r5": ["AC-2", "IA-2", "IA-5"] },
    tags: ["identity"],
    remediation:
        'Set `administrators: { administratorType: "ActiveDirectory", login: "<group name>", sid: "<group object ID>", tenantId: "<tenant ID>", azureADOnlyAuthentication: true }` on the azure-native sql.Server, or add a sql.ServerAzureADAdministrator with `serverName: server.name`, `login` and `sid`.',
    defaultLevel: "advisory",
    messages: {
        noAdmin: "SQL server `{{server}}` has no Microsoft Entra administrator: neither `administrators` nor a ServerAzureADAdministrator names one.",
    },
    examples: {
        violating: [
            {
                description: "a server with only a SQL login",
                resources: [{ type: "azure-native:sql:Server", name: "orders", props: { resourceGroupName: "rg-data", administratorLogin: "sqladmin" } }],
            },
        ],
        compliant: [
            {
                description: "a server with an Entra group as administrator",
                resources: [
                    {
                        type: "azure-native:sql:Server",
                        name: "orders",
                        props: {
                            resourceGroupName: "rg-data",
                            administrators: {
                                administratorType: "ActiveDirectory",
                                login: "sql-admins",
                                sid: "00000000-0000-0000-0000-000000000001",
                                principalType: "Group",
                                azureADOnlyAuthentication: true,
                            },
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        checkEveryServer(stack, ctx, {
            serverTypes: ["azure-native:sql:Server"],
            childTypes: ["azure-native:sql:ServerAzureADAdministrator"],
            judgeChild: () => undefined,
            judgeInline: hasInlineAdmin,
            missing: (server) => ({ messageId: "noAdmin", data: { server: server.name }, propertyPath: "administrators" }),
        });
    },
});
