import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/azure-native/cosmosdb";

/** `disableKeyBasedMetadataWriteAccess` left out is false: key holders may change databases, containers and throughput. */
export default requireSetting({
    id: "azure-cosmosdb-account-key-based-metadata-write-disabled",
    title: "Cosmos DB account keys cannot change databases, containers or throughput",
    description:
        "By default an account key can create and delete databases and containers and change their throughput and indexing, not only read and write items. A leaked key, or an application with a bug, can then drop a container or run up costs. With key-based metadata writes disabled, such changes go only through Azure Resource Manager, under its role checks and activity log.",
    severity: "medium",
    service: "cosmosdb",
    frameworks: { "nist-800-53-r5": ["AC-3", "AC-6", "CM-5"] },
    tags: ["least-privilege"],
    remediation:
        "Set `disableKeyBasedMetadataWriteAccess: true` on the azure-native cosmosdb.DatabaseAccount and manage databases and containers as Pulumi resources (cosmosdb.SqlResourceSqlDatabase, cosmosdb.SqlResourceSqlContainer, ...).",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an account whose keys may change containers",
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
                description: "metadata changed only through Resource Manager",
                resources: [
                    {
                        type: "azure-native:cosmosdb:DatabaseAccount",
                        name: "orders",
                        props: { resourceGroupName: "rg-data", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }], disableKeyBasedMetadataWriteAccess: true },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:cosmosdb:DatabaseAccount",
    path: ["disableKeyBasedMetadataWriteAccess"],
    expected: true,
    message: (ctx, value) =>
        `Cosmos DB account \`${ctx.name}\` lets account keys change databases, containers and throughput: disableKeyBasedMetadataWriteAccess is ${value === false ? "false" : value === undefined || value === null ? "not set, and defaults to false" : "not true"}.`,
    remediate(props) {
        props.disableKeyBasedMetadataWriteAccess = true;
    },
});
