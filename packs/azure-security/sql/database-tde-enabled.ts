import { defineRule } from "../../../src";
import { describeValue, enumIs, nameText } from "../lib/database-settings";
import type {} from "../../../src/types/azure-native/sql";

/**
 * Azure turns transparent data encryption on for every new Azure SQL database, so a database
 * without a TransparentDataEncryption resource is encrypted and is not judged. What can switch
 * it off is that resource (named "current") with `state: "Disabled"`; this rule judges it.
 */
export default defineRule({
    id: "azure-sql-database-tde-enabled",
    title: "Azure SQL databases keep transparent data encryption on",
    description:
        "Transparent data encryption encrypts a database's files, backups and transaction logs at rest. Switching it off leaves the data readable from any copy of those files, such as an exported or restored backup.",
    severity: "high",
    service: "sql",
    frameworks: { "nist-800-53-r5": ["SC-28", "SC-28(1)"] },
    tags: ["encryption", "data"],
    remediation: 'Set `state: "Enabled"` on the azure-native sql.TransparentDataEncryption, or delete it: new databases are encrypted by default.',
    defaultLevel: "mandatory",
    messages: {
        disabled: "Transparent data encryption `{{name}}` switches encryption off for database {{database}}: state is {{state}}.",
    },
    examples: {
        violating: [
            {
                resources: [
                    {
                        type: "azure-native:sql:TransparentDataEncryption",
                        name: "orders-tde",
                        props: { resourceGroupName: "rg-data", serverName: "sql-orders", databaseName: "orders", tdeName: "current", state: "Disabled" },
                    },
                ],
            },
        ],
        compliant: [
            {
                resources: [
                    {
                        type: "azure-native:sql:TransparentDataEncryption",
                        name: "orders-tde",
                        props: { resourceGroupName: "rg-data", serverName: "sql-orders", databaseName: "orders", tdeName: "current", state: "Enabled" },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:sql:TransparentDataEncryption",
    validate(props, ctx) {
        if (enumIs(props.state, "Enabled")) return;
        const database = nameText(() => props.databaseName, "(name not shown)");
        ctx.report({ messageId: "disabled", data: { name: ctx.name, database, state: describeValue(props.state) }, propertyPath: "state" });
    },
    remediate(props) {
        props.state = "Enabled";
    },
});
