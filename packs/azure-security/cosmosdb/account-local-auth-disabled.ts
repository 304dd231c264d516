import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/azure-native/cosmosdb";

/** `disableLocalAuth` left out is false: the account keys work, as on every account created without it. */
export default requireSetting({
    id: "azure-cosmosdb-account-local-auth-disabled",
    title: "Cosmos DB accounts accept only Microsoft Entra ID authentication",
    description:
        "Account keys and resource tokens are long-lived shared secrets: anyone holding one can read and write all data, with no user identity in the logs, no conditional access and no revocation short of rotating the key. Disabling local authentication leaves Microsoft Entra ID and role-based access control as the only way in.",
    severity: "medium",
    service: "cosmosdb",
    frameworks: { "nist-800-53-r5": ["AC-2", "AC-3", "IA-2", "IA-5"] },
    tags: ["identity", "credentials"],
    remediation:
        "Set `disableLocalAuth: true` on the azure-native cosmosdb.DatabaseAccount after granting applications Cosmos DB data-plane roles (cosmosdb.SqlResourceSqlRoleAssignment) for their managed identities.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an account that accepts its keys",
                resources: [
                    {
                        type: "azure-native:cosmosdb:DatabaseAccount",
                        name: "orders",
                        props: { resourceGroupName: "rg-data", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an account reached with Entra ID only",
                resources: [
                    {
                        type: "azure-native:cosmosdb:DatabaseAccount",
                        name: "orders",
                        props: { resourceGroupName: "rg-data", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }], disableLocalAuth: true },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:cosmosdb:DatabaseAccount",
    path: ["disableLocalAuth"],
    expected: true,
    message: (ctx, value) =>
        `Cosmos DB account \`${ctx.name}\` accepts account keys and resource tokens: disableLocalAuth is ${value === false ? "false" : value === undefined || value === null ? "not set, and defaults to false" : "not true"}.`,
    remediate(props) {
        props.disableLocalAuth = true;
    },
});
